// Shapes of the large-graph views: the overview (most connected actors, one weighted edge per
// pair), the timeline (relation and event counts per period) and a page of one relation's
// evidence. Requests and responses are zod schemas: the server validates with them, the
// OpenAPI document and the client's parsing come from them.

import { z } from "zod";
import { DATE_PRECISIONS } from "./partial-date.js";
import { Evidence, PartialDate } from "./records.js";
import { RelationFilterQuery, listParam, intParam, EntityTypeName } from "./api.js";
import { RELATION_FAMILIES, isRelationType, relationTypeDef, type RelationFamily } from "./relation-types.js";

/** Above this many relations the explorer starts from the overview instead of every relation. */
export const OVERVIEW_DETAIL_LIMIT = 3_000;

export const OverviewRequest = z
  .object({
    /** Most actors drawn; the most connected come first. */
    limit: intParam(1, 2_000, 300),
    entityTypes: listParam(EntityTypeName).optional(),
    ...RelationFilterQuery,
  })
  .strict();
export type OverviewRequest = z.infer<typeof OverviewRequest>;

/** The overview's filter parameters (every field but the limit): a change to one asks the server again. */
export const OVERVIEW_FILTER_FIELDS = Object.keys(OverviewRequest.shape).filter(
  (k): k is Exclude<keyof OverviewRequest, "limit"> => k !== "limit",
);

export const TimelineRequest = z
  .object({
    /** "auto": the finest precision that keeps the bins few enough to draw. */
    precision: z.enum([...DATE_PRECISIONS, "auto"]).default("auto"),
    relationTypes: RelationFilterQuery.relationTypes,
    sources: RelationFilterQuery.sources,
    minConfidence: RelationFilterQuery.minConfidence,
  })
  .strict();
export type TimelineRequest = z.infer<typeof TimelineRequest>;

export const EvidencePageRequest = z
  .object({ limit: intParam(1, 200, 20), offset: intParam(0, 1_000_000, 0) })
  .strict();
export type EvidencePageRequest = z.infer<typeof EvidencePageRequest>;

const count = z.number().int().nonnegative();

/** How many relations and how many reports (evidence sentences or event rows) fall somewhere. */
export const Tally = z.object({ relations: count, events: count }).strict();
export type Tally = z.infer<typeof Tally>;

export const OverviewActorAttributes = z
  .object({
    label: z.string(),
    entityType: EntityTypeName,
    aliases: z.array(z.string()),
    description: z.string(),
    iso3: z.string().optional(),
    kind: z.string().optional(),
    country: z.string().nullable().optional(),
    /** Relations (after the filters) touching the actor, and the reports behind them. */
    relations: count,
    events: count,
    /** 1 for the most connected actor. */
    rank: z.number().int().positive(),
  })
  .strict();
export type OverviewActorAttributes = z.infer<typeof OverviewActorAttributes>;

export const PairEdgeAttributes = z
  .object({
    label: z.string(),
    relations: count,
    events: count,
    /** Per relation type: relations and reports. */
    byType: z.record(z.string(), Tally),
    /** Reports of cooperation and of conflict (the QuadClass families of their types). */
    cooperation: count,
    conflict: count,
    /** (cooperation − conflict) / (cooperation + conflict): −1 all conflict … +1 all cooperation; 0 when neither. */
    balance: z.number().min(-1).max(1),
    /** The family with most reports, for the edge's colour. */
    family: z.enum(RELATION_FAMILIES),
    firstDate: PartialDate.nullable(),
    lastDate: PartialDate.nullable(),
  })
  .strict();
export type PairEdgeAttributes = z.infer<typeof PairEdgeAttributes>;

export const OverviewResponse = z
  .object({
    options: z.object({ type: z.literal("undirected"), multi: z.literal(false), allowSelfLoops: z.literal(true) }),
    attributes: z
      .object({
        /** Entities of the requested types, and relations passing the filters, in the whole graph. */
        totalEntities: count,
        totalRelations: count,
        omittedEntities: count,
        /** Relations drawn inside the pair edges (both ends among the actors shown). */
        shownRelations: count,
      })
      .strict(),
    nodes: z.array(z.object({ key: z.string(), attributes: OverviewActorAttributes }).strict()),
    edges: z.array(
      z
        .object({
          key: z.string(),
          source: z.string(),
          target: z.string(),
          undirected: z.literal(true),
          attributes: PairEdgeAttributes,
        })
        .strict(),
    ),
  })
  .strict();
export type OverviewResponse = z.infer<typeof OverviewResponse>;

export const TimelineBin = Tally.extend({ period: PartialDate }).strict();
export type TimelineBin = z.infer<typeof TimelineBin>;

export const TimelineResponse = z
  .object({
    precision: z.enum(DATE_PRECISIONS),
    /** Every period from the first dated relation's to the last one's, empty ones included. */
    bins: z.array(TimelineBin),
    /** Relations dated more coarsely than `precision` (a year only, in a month timeline). */
    coarser: z.array(TimelineBin),
    undated: Tally,
  })
  .strict();
export type TimelineResponse = z.infer<typeof TimelineResponse>;

export const EvidencePage = z.object({ total: count, items: z.array(Evidence) }).strict();
export type EvidencePage = z.infer<typeof EvidencePage>;

/** The words on a pair edge: "12 relations · 340 reports". */
export function pairEdgeLabel(relations: number, events: number): string {
  const n = (k: number, one: string, many: string) => `${k.toLocaleString("en")} ${k === 1 ? one : many}`;
  return `${n(relations, "relation", "relations")} · ${n(events, "report", "reports")}`;
}

/** Key of the pair edge between two actors, the same whichever end is named first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

const COOPERATION: ReadonlySet<RelationFamily> = new Set(["verbal-cooperation", "material-cooperation"]);
const CONFLICT: ReadonlySet<RelationFamily> = new Set(["verbal-conflict", "material-conflict"]);

/** Cooperation and conflict reports of a pair and its balance, from its per-type tallies. */
export function pairBalance(byType: Readonly<Record<string, Tally>>): {
  cooperation: number;
  conflict: number;
  balance: number;
  family: RelationFamily;
} {
  let [cooperation, conflict] = [0, 0];
  const byFamily = new Map<RelationFamily, number>();
  for (const [type, tally] of Object.entries(byType)) {
    if (!isRelationType(type)) continue;
    const family = relationTypeDef(type).family;
    byFamily.set(family, (byFamily.get(family) ?? 0) + tally.events);
    if (COOPERATION.has(family)) cooperation += tally.events;
    if (CONFLICT.has(family)) conflict += tally.events;
  }
  const family = [...byFamily].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? "neutral";
  const total = cooperation + conflict;
  return { cooperation, conflict, balance: total === 0 ? 0 : (cooperation - conflict) / total, family };
}
