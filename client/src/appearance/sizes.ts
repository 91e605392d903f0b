// Node sizes from a metric (degree or betweenness): square-root scaled into a pixel range so a
// hub stands out without hiding its neighbours.

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 22;

/** Maps metric values to sizes; the largest value gets MAX_NODE_SIZE. */
export function sizeScale(values: ReadonlyMap<string, number>): (id: string) => number {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  const range = MAX_NODE_SIZE - MIN_NODE_SIZE;
  return (id) => {
    const v = values.get(id) ?? 0;
    return max > 0 ? MIN_NODE_SIZE + range * Math.sqrt(v / max) : MIN_NODE_SIZE;
  };
}
