// Node sizes from a metric (degree or betweenness): square-root scaled into a pixel range so a
// hub stands out without hiding its neighbours.

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 22;

/** Maps metric values to sizes; the largest value gets the range's max (default MAX_NODE_SIZE). */
export function sizeScale(
  values: ReadonlyMap<string, number>,
  { min, max: top }: { min: number; max: number } = { min: MIN_NODE_SIZE, max: MAX_NODE_SIZE },
): (id: string) => number {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  const range = top - min;
  return (id) => {
    const v = values.get(id) ?? 0;
    return max > 0 ? min + range * Math.sqrt(v / max) : min;
  };
}
