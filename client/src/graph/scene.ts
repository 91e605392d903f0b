// What the renderer needs besides the data: visibility, curvature, colours, sizes and the
// focus (selection / path highlight). Derived from the view state; the reducers only read it.

import { NODE_LABEL_DEFS, relationTypeDef, type RelationFamily } from "../../../graph-schema/index.js";
import type { ExplorerGraph, Visibility } from "../filters/visibility.js";
import { communityColour, DIMMED_EDGE_COLOUR, DIMMED_NODE_COLOUR, familyColour } from "../appearance/palette.js";
import { sizeScale } from "../appearance/sizes.js";
import type { RenderTier } from "./render-tier.js";
import type { ColourMode } from "../state/view-state.js";

export interface Focus {
  /** Entities in focus (labels forced, full colour). */
  nodes: Set<string>;
  /** Relations in focus (labels forced, drawn on top). */
  edges: Set<string>;
  /** The selected or end-point entities, drawn highlighted. */
  primary: Set<string>;
}

export interface Scene {
  visibility: Visibility;
  curvature: Map<string, number>;
  /** The camera is close enough for every relation label to be readable. */
  zoomedIn: boolean;
  colourOf: (id: string) => string;
  sizeOf: (id: string) => number;
  focus: Focus | null;
  /** How the graph is drawn (cheap lines and sparse labels for big graphs). */
  tier: RenderTier;
  /** Relations of the entity under the pointer: they get their labels. */
  hoveredEdges: ReadonlySet<string>;
  /** Width of an overview pair edge from its reports (relative to the heaviest pair shown). */
  pairWidth: (events: number) => number;
}

export const UNKNOWN_COLOUR = NODE_LABEL_DEFS.Article.colour;

/** Camera ratio under which all relation labels are drawn. */
export const EDGE_LABEL_ZOOM = 0.55;

/** Node colours, computed once per scene so the reducer only looks them up. */
export function nodeColourer(
  graph: ExplorerGraph,
  nodes: Iterable<string>,
  mode: ColourMode,
  communities: ReadonlyMap<string, number> | null,
): (id: string) => string {
  const colours = new Map<string, string>();
  const typeColours = NODE_LABEL_DEFS as Record<string, { colour: string } | undefined>;
  for (const id of nodes) {
    if (!graph.hasNode(id)) continue;
    colours.set(
      id,
      mode === "community" && communities
        ? communityColour(communities.get(id) ?? Infinity)
        : (typeColours[graph.getNodeAttribute(id, "entityType") as string]?.colour ?? UNKNOWN_COLOUR),
    );
  }
  return (id) => colours.get(id) ?? UNKNOWN_COLOUR;
}

export function nodeSizer(
  metric: ReadonlyMap<string, number>,
  range?: { min: number; max: number },
): (id: string) => number {
  return sizeScale(metric, range);
}

const familyOfType = new Map<string, RelationFamily>();

/** Edge colour from the relation family; relations of unknown type (Cypher results) are neutral. */
export function edgeColour(family: RelationFamily | undefined, relationType: string | undefined): string {
  if (family) return familyColour(family);
  const key = relationType ?? "";
  let known = familyOfType.get(key);
  if (!known) {
    try {
      known = relationTypeDef(relationType as never).family;
    } catch {
      known = "neutral";
    }
    familyOfType.set(key, known);
  }
  return familyColour(known);
}

/** Focus on one entity: it, its shown neighbours and the relations between them. */
export function entityFocus(graph: ExplorerGraph, id: string, visibility: Visibility): Focus {
  const nodes = new Set([id]);
  const edges = new Set<string>();
  if (graph.hasNode(id)) {
    graph.forEachEdge(id, (edge, _a, source, target) => {
      if (!visibility.edges.has(edge)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
  }
  return { nodes, edges, primary: new Set([id]) };
}

export function relationFocus(graph: ExplorerGraph, id: string): Focus {
  if (!graph.hasEdge(id)) return { nodes: new Set(), edges: new Set(), primary: new Set() };
  const ends = graph.extremities(id);
  return { nodes: new Set(ends), edges: new Set([id]), primary: new Set(ends) };
}

/** Focus on a dispute: the shown relations it bears on and their ends. */
export function disputeFocus(graph: ExplorerGraph, disputeId: string, visibility: Visibility): Focus {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!visibility.edges.has(edge) || !(a.disputes as string[] | undefined)?.includes(disputeId)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges, primary: new Set() };
}

export const DIMMED = { node: DIMMED_NODE_COLOUR, edge: DIMMED_EDGE_COLOUR };
