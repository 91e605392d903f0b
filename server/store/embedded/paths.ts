// Shortest paths between two entities on the embedded engine: a bidirectional breadth-first
// search with per-hop id queries (the smaller frontier grows first), every shortest entity
// sequence in id order up to the limit, and each hop's most confident relation (ties: lower id).
// The filter (relationPasses, entityPasses) decides which relations and entities a path may use.

import { entityPasses, relationPasses, type EntityType, type Relation } from "../../../graph-schema/index.js";
import type { GraphPath, PathFilter, PathQuery, PathsResult } from "../graph-store.js";
import type { GraphAccess } from "./access.js";
import type { HopEdge } from "./neighbours.js";
import { byId, compareIds } from "./reads.js";

export const MAX_PATH_LENGTH = 10;
export const DEFAULT_PATH_LIMIT = 10;

const NONE: PathsResult = { paths: [], entities: [] };

interface Side {
  distance: Map<string, number>;
  /** For each entity, its neighbours one step nearer this side's end. */
  parents: Map<string, Set<string>>;
  frontier: Map<string, EntityType>;
  depth: number;
}

interface Meeting {
  length: number;
  nodes: string[];
  forward: Side;
  backward: Side;
  best: Map<string, HopEdge>;
  labels: Map<string, EntityType>;
}

const hopKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const better = (e: HopEdge, than: HopEdge | undefined): boolean =>
  !than || e.confidence > than.confidence || (e.confidence === than.confidence && e.id < than.id);

export async function readPaths(graph: GraphAccess, query: PathQuery): Promise<PathsResult> {
  const limit = query.limit ?? DEFAULT_PATH_LIMIT;
  if (!Number.isInteger(query.maxLength) || query.maxLength > MAX_PATH_LENGTH) {
    throw new RangeError(`paths: maxLength must be an integer of at most ${MAX_PATH_LENGTH}, got ${query.maxLength}`);
  }
  const filter = query.filter ?? {};
  const ends = await graph.locate([query.from, query.to]);
  const shown = (id: string) => ends.has(id) && entityPasses(ends.get(id)!, filter);
  if (!shown(query.from) || !shown(query.to) || limit < 1) return NONE;
  if (query.from === query.to) {
    return { paths: [{ entities: [query.from], relations: [] }], entities: await graph.entities(ends) };
  }
  if (query.maxLength < 1) return NONE;
  const meeting = await meet(graph, query, filter, ends);
  if (!meeting) return NONE;
  const sequences = enumerate(meeting, query.from, query.to, limit);
  const chosen = new Map<string, HopEdge>();
  for (const s of sequences)
    for (let i = 0; i + 1 < s.length; i++)
      chosen.set(hopKey(s[i]!, s[i + 1]!), meeting.best.get(hopKey(s[i]!, s[i + 1]!))!);
  const byRelationId = new Map((await graph.relations([...chosen.values()], "full")).map((r) => [r.id, r]));
  const paths: GraphPath[] = sequences.map((ids) => ({
    entities: ids,
    relations: ids
      .slice(1)
      .map((id, i) => byRelationId.get(chosen.get(hopKey(ids[i]!, id))!.id))
      .filter((r): r is Relation => !!r),
  }));
  const onPaths = new Map([...new Set(sequences.flat())].map((id) => [id, meeting.labels.get(id)!]));
  return { paths, entities: (await graph.entities(onPaths)).sort(byId) };
}

function side(id: string, label: EntityType): Side {
  return { distance: new Map([[id, 0]]), parents: new Map(), frontier: new Map([[id, label]]), depth: 0 };
}

/** Grows the smaller frontier a level at a time until the two searches meet (or the bound is hit). */
async function meet(
  graph: GraphAccess,
  query: PathQuery,
  filter: PathFilter,
  ends: Map<string, EntityType>,
): Promise<Meeting | null> {
  // Only a time window or a source filter needs each hop's date and sources.
  const filterFields = Boolean(filter.from || filter.to || filter.sources?.length);
  const forward = side(query.from, ends.get(query.from)!);
  const backward = side(query.to, ends.get(query.to)!);
  const best = new Map<string, HopEdge>();
  const labels = new Map(ends);
  while (forward.depth + backward.depth < query.maxLength) {
    const [grow, other] = forward.frontier.size <= backward.frontier.size ? [forward, backward] : [backward, forward];
    if (grow.frontier.size === 0) return null;
    const next = new Map<string, EntityType>();
    for (const e of await graph.expand(grow.frontier, filter.relationTypes, filterFields, null)) {
      if (!relationPasses(e, filter) || !entityPasses(e.otherLabel, filter)) continue;
      const key = hopKey(e.node, e.other);
      if (better(e, best.get(key))) best.set(key, e);
      labels.set(e.other, e.otherLabel);
      if (!grow.distance.has(e.other)) {
        grow.distance.set(e.other, grow.depth + 1);
        next.set(e.other, e.otherLabel);
      }
      if (next.has(e.other)) {
        const parents = grow.parents.get(e.other) ?? new Set<string>();
        grow.parents.set(e.other, parents.add(e.node));
      }
    }
    grow.depth += 1;
    grow.frontier = next;
    const total = (id: string): number => forward.distance.get(id)! + backward.distance.get(id)!;
    const crossing = [...next.keys()].filter((id) => other.distance.has(id));
    if (crossing.length > 0) {
      const length = Math.min(...crossing.map(total));
      return { length, nodes: crossing.filter((id) => total(id) === length), forward, backward, best, labels };
    }
  }
  return null;
}

/** Successors of each entity on some shortest path, then a depth-first walk in id order. */
function enumerate(m: Meeting, from: string, to: string, limit: number): string[][] {
  const next = new Map<string, Set<string>>();
  const link = (a: string, b: string) => next.set(a, (next.get(a) ?? new Set<string>()).add(b));
  const walk = (s: Side, towardsEnd: boolean) => {
    const seen = new Set<string>();
    const stack = [...m.nodes];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const p of s.parents.get(id) ?? []) {
        if (towardsEnd) link(id, p);
        else link(p, id);
        stack.push(p);
      }
    }
  };
  walk(m.forward, false);
  walk(m.backward, true);
  const out: string[][] = [];
  const path = [from];
  const dfs = (id: string): void => {
    if (out.length >= limit) return;
    if (path.length === m.length + 1) {
      if (id === to) out.push([...path]);
      return;
    }
    for (const n of [...(next.get(id) ?? [])].sort(compareIds)) {
      path.push(n);
      dfs(n);
      path.pop();
      if (out.length >= limit) return;
    }
  };
  dfs(from);
  return out;
}
