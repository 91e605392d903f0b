// Bounded typo matching for name search: one edit (insert, delete, substitute, or swap two
// neighbouring letters), checked in linear time and enumerated as the query's variants.

/** The first index where `a` and `b` differ (the shorter length when one is a prefix of the other). */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

const swappedAt = (q: string, t: string, i: number): boolean =>
  i + 1 < q.length && q[i] === t[i + 1] && q[i + 1] === t[i];

/** True when `t` is `q` with at most one edit (a swap of neighbours counts as one). */
export function withinOneEdit(q: string, t: string): boolean {
  if (q === t) return true;
  if (Math.abs(q.length - t.length) > 1) return false;
  const i = firstDifference(q, t);
  if (t.length === q.length)
    return t.slice(i + 1) === q.slice(i + 1) || (swappedAt(q, t, i) && t.slice(i + 2) === q.slice(i + 2));
  if (t.length === q.length - 1) return t.slice(i) === q.slice(i + 1);
  if (t.length === q.length + 1) return t.slice(i + 1) === q.slice(i);
  return false;
}

/** True when some prefix of `t` is `q` with at most one edit: "alesan" starts "aleksandr" that way. */
export function prefixWithinOneEdit(q: string, t: string): boolean {
  // Whatever the one edit, t's first or second letter is q's first or second.
  if (q[0] !== t[0] && q[1] !== t[0] && q[0] !== t[1] && q[1] !== t[1]) return false;
  const i = firstDifference(q, t);
  if (i === q.length) return true;
  const L = q.length;
  return (
    (t.length >= L && t.slice(i + 1, L) === q.slice(i + 1)) || // substitution
    t.slice(i, L - 1) === q.slice(i + 1) || // q has one letter too many
    t.slice(i + 1, L + 1) === q.slice(i) || // q misses one letter
    (t.length >= L && swappedAt(q, t, i) && t.slice(i + 2, L) === q.slice(i + 2))
  );
}

/**
 * Calls `visit` with every string that is `q` with one edit at position `i` (so it keeps q's
 * first i letters), the inserted or substituted letter taken from `letters` (`letter` is its
 * index there, -1 for a deletion or swap). A string may come twice, or be `q` itself (swapping
 * two equal letters).
 */
export function forEachVariantAt(
  q: string,
  i: number,
  letters: readonly string[],
  visit: (variant: string, letter: number) => void,
): void {
  const head = q.slice(0, i);
  const rest = q.slice(i);
  const afterNext = q.slice(i + 1);
  if (i < q.length) visit(head + afterNext, -1);
  if (i + 1 < q.length) visit(head + q[i + 1] + q[i] + q.slice(i + 2), -1);
  letters.forEach((c, letter) => {
    visit(head + c + rest, letter);
    if (i < q.length && c !== q[i]) visit(head + c + afterNext, letter);
  });
}

/** Every string one edit from `q` whose inserted or substituted letters come from `alphabet`. */
export function oneEditVariants(q: string, alphabet: Iterable<string>): Set<string> {
  const letters = [...alphabet];
  const out = new Set<string>();
  for (let i = 0; i <= q.length; i++) forEachVariantAt(q, i, letters, (variant) => out.add(variant));
  out.delete(q);
  return out;
}
