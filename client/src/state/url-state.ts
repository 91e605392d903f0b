// ViewState <-> URL query string. Only what differs from the defaults is written; reading
// ignores malformed values (a hand-edited link should open, with the bad part left out).
// The keys are the view state's (and the API's) names; links shared before the rename still open.

import {
  ENTITY_TYPES,
  PartialDate,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from "../../../graph-schema/index.js";
import {
  COLOUR_MODES,
  GRAPH_VIEWS,
  SIZE_MODES,
  defaultViewState,
  type CameraView,
  type ViewState,
} from "./view-state.js";

const MAX_LIMIT = 100_000;

/**
 * The short keys links were written with before the filters took the API's names: the reader
 * accepts them (a new key wins when both are present), the writer never writes them.
 */
export const LEGACY_URL_KEYS: Readonly<Record<string, keyof ViewState>> = {
  types: "relationTypes",
  etypes: "entityTypes",
  conf: "minConfidence",
  disp: "disputed",
  undated: "includeUndated",
};

function list(value: readonly string[]): string {
  return value.join(",");
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

export function encodeViewState(state: ViewState): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  if (state.sel) p.set("sel", state.sel);
  if (state.q) p.set("q", state.q);
  if (state.relationTypes) p.set("relationTypes", list(state.relationTypes));
  if (state.entityTypes) p.set("entityTypes", list(state.entityTypes));
  if (state.sources) p.set("sources", list(state.sources));
  if (state.minConfidence > 0) p.set("minConfidence", round(state.minConfidence, 2));
  if (state.disputed) p.set("disputed", "1");
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (!state.includeUndated) p.set("includeUndated", "0");
  if (state.colour !== d.colour) p.set("colour", state.colour);
  if (state.size !== d.size) p.set("size", state.size);
  if (state.path) p.set("path", list(state.path));
  if (state.cam) p.set("cam", [round(state.cam.x, 4), round(state.cam.y, 4), round(state.cam.ratio, 4)].join(","));
  if (state.expanded.length > 0) p.set("expanded", list(state.expanded));
  if (state.limit !== d.limit) p.set("limit", String(state.limit));
  if (state.qgraph) p.set("qgraph", "1");
  if (state.view !== d.view) p.set("view", state.view);
  return p.toString();
}

function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

function partialDate(raw: string | null): string | null {
  return raw !== null && PartialDate.safeParse(raw).success ? raw : null;
}

function camera(raw: string | null): CameraView | null {
  if (!raw) return null;
  const parts = raw.split(",").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

function restricted<T extends string>(p: URLSearchParams, key: string, allowed?: readonly T[]): T[] | null {
  const raw = p.get(key);
  if (raw === null) return null;
  const items = splitList(raw);
  return (allowed ? items.filter((i) => (allowed as readonly string[]).includes(i)) : items) as T[];
}

/** The query with every legacy key renamed to its current name (unless that is present too). */
function withCurrentKeys(search: string): URLSearchParams {
  const p = new URLSearchParams(search);
  for (const [legacy, current] of Object.entries(LEGACY_URL_KEYS)) {
    const value = p.get(legacy);
    if (value !== null && !p.has(current)) p.set(current, value);
    p.delete(legacy);
  }
  return p;
}

export function decodeViewState(search: string): ViewState {
  const p = withCurrentKeys(search);
  const d = defaultViewState();
  const minConfidence = Number(p.get("minConfidence"));
  const limit = Number(p.get("limit"));
  const path = splitList(p.get("path") ?? "");
  return {
    sel: p.get("sel") || null,
    q: p.get("q") ?? "",
    relationTypes: restricted<RelationType>(p, "relationTypes", RELATION_TYPES),
    entityTypes: restricted<EntityType>(p, "entityTypes", ENTITY_TYPES),
    sources: restricted(p, "sources"),
    minConfidence: Number.isFinite(minConfidence) && minConfidence > 0 && minConfidence <= 1 ? minConfidence : 0,
    disputed: p.get("disputed") === "1",
    from: partialDate(p.get("from")),
    to: partialDate(p.get("to")),
    includeUndated: p.get("includeUndated") !== "0",
    colour: oneOf(COLOUR_MODES, p.get("colour"), d.colour),
    size: oneOf(SIZE_MODES, p.get("size"), d.size),
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    cam: camera(p.get("cam")),
    expanded: splitList(p.get("expanded") ?? ""),
    limit: Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : d.limit,
    qgraph: p.get("qgraph") === "1",
    view: oneOf(GRAPH_VIEWS, p.get("view"), d.view),
  };
}
