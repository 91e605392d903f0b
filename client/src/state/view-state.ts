// The serialisable description of what the explorer shows: selection, filters, time window,
// appearance, camera, path, query. The URL, the hooks and every panel read this one shape.

import type { EntityType, RelationType } from "../../../graph-schema/index.js";

export const COLOUR_MODES = ["type", "community"] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];
export const SIZE_MODES = ["degree", "betweenness"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

/** Which graph the main view draws: chosen by the graph's size ("auto"), or by the user. */
export const GRAPH_VIEWS = ["auto", "overview", "all"] as const;
export type GraphView = (typeof GRAPH_VIEWS)[number];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** Selected entity id, `e:<relationId>` for a relation, `d:<disputeId>` for a dispute, `p:<pairKey>` for an overview pair edge. */
  sel: string | null;
  /** Cypher text of the console. */
  q: string;
  /** Shown relation types / entity types / source articles; null = no restriction. */
  relationTypes: RelationType[] | null;
  entityTypes: EntityType[] | null;
  sources: string[] | null;
  /** Minimum confidence, 0..1. */
  minConfidence: number;
  /** Only relations the sources disagree on. */
  disputed: boolean;
  /** Time window as partial ISO dates; null = open end. */
  from: string | null;
  to: string | null;
  /** Keep relations without a date visible while a time window is set. */
  includeUndated: boolean;
  colour: ColourMode;
  size: SizeMode;
  path: [string, string] | null;
  cam: CameraView | null;
  /** Entities whose neighbourhoods were fetched on top of the overview. */
  expanded: string[];
  /** Entity cap of the overview request. */
  limit: number;
  /** The main view shows the Cypher result graph instead of the overview. */
  qgraph: boolean;
  /** Actors overview (one weighted edge per pair) or all relations; "auto" decides by the graph's size. */
  view: GraphView;
}

/** View-state fields that change which entities and relations are visible (the API's filter names). */
export const FILTER_KEYS = [
  "relationTypes",
  "entityTypes",
  "sources",
  "minConfidence",
  "disputed",
  "from",
  "to",
  "includeUndated",
] as const satisfies readonly (keyof ViewState)[];
export type FilterState = Pick<ViewState, (typeof FILTER_KEYS)[number]>;

export const DEFAULT_OVERVIEW_LIMIT = 5000;

export function defaultViewState(): ViewState {
  return {
    sel: null,
    q: "",
    relationTypes: null,
    entityTypes: null,
    sources: null,
    minConfidence: 0,
    disputed: false,
    from: null,
    to: null,
    includeUndated: true,
    colour: "type",
    size: "degree",
    path: null,
    cam: null,
    expanded: [],
    limit: DEFAULT_OVERVIEW_LIMIT,
    qgraph: false,
    view: "auto",
  };
}

/** The selection as a tagged value, so callers need not parse the `e:` / `d:` prefixes themselves. */
export type Selection =
  | { kind: "entity"; id: string }
  | { kind: "relation"; id: string }
  | { kind: "dispute"; id: string }
  | { kind: "pair"; id: string }
  | null;

export function parseSelection(sel: string | null): Selection {
  if (!sel) return null;
  if (sel.startsWith("e:")) return { kind: "relation", id: sel.slice(2) };
  if (sel.startsWith("d:")) return { kind: "dispute", id: sel.slice(2) };
  if (sel.startsWith("p:")) return { kind: "pair", id: sel.slice(2) };
  return { kind: "entity", id: sel };
}

export function relationSelection(relationId: string): string {
  return `e:${relationId}`;
}

/** The selection of an overview pair edge (its key is graph-schema's pairKey). */
export function pairSelection(pairKey: string): string {
  return `p:${pairKey}`;
}

export function disputeSelection(disputeId: string): string {
  return `d:${disputeId}`;
}

/** True when any filter that acts on relations is narrower than "everything". */
export function hasRelationFilter(s: ViewState): boolean {
  return (
    s.relationTypes !== null ||
    s.sources !== null ||
    s.minConfidence > 0 ||
    s.disputed ||
    s.from !== null ||
    s.to !== null
  );
}

export function hasAnyFilter(s: ViewState): boolean {
  return hasRelationFilter(s) || s.entityTypes !== null;
}
