// The first k items of a list in sorted order without sorting all of it: a search matching
// thousands of entities shows twenty.

/**
 * `items` sorted by `compare`, cut to the first `k`; sorts in full only when k is a large share.
 * Any array-like will do (a typed array of ordinals is read in place, not copied).
 */
export function topK<T>(items: ArrayLike<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k * 8 >= items.length) return Array.from(items).sort(compare).slice(0, k);
  const best: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
