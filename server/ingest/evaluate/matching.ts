// One-to-one matching of gold items to extracted ones (a maximum bipartite matching by augmenting
// paths), so that each gold fact is counted at most once and each extracted fact answers at most one.

/**
 * `candidates[g]` lists the extracted indices acceptable for gold item g, best first; `preferred[g]`
 * (a subset) the ones to try in a first pass, e.g. the same relation type before a compatible one.
 * Returns, for each gold item, the extracted index it is matched to, or -1. The matching has maximum
 * size; an augmenting path never unmatches an item, so whatever the first pass matched stays matched.
 */
export function maximumMatching(
  candidates: readonly (readonly number[])[],
  preferred: readonly (readonly number[])[] = candidates,
): number[] {
  const goldOf = new Map<number, number>();
  const matchOf = candidates.map(() => -1);

  const augment = (lists: readonly (readonly number[])[], gold: number, visited: Set<number>): boolean => {
    for (const extracted of lists[gold] ?? []) {
      if (visited.has(extracted)) continue;
      visited.add(extracted);
      const holder = goldOf.get(extracted);
      if (holder === undefined || augment(lists, holder, visited)) {
        goldOf.set(extracted, gold);
        matchOf[gold] = extracted;
        return true;
      }
    }
    return false;
  };

  for (const lists of preferred === candidates ? [candidates] : [preferred, candidates])
    candidates.forEach((_, gold) => {
      if (matchOf[gold] === -1) augment(lists, gold, new Set());
    });
  return matchOf;
}
