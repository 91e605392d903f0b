// Merges what was extracted from one article into the graph's records: mentions resolved to
// entities (recorded as decisions that can be undone), new entities created, and relations
// either corroborating one already there (the article becomes another source) or added. The
// analyst's review kept with the entry is applied first.

import {
  datesCompatible,
  relationTypeDef,
  type AppliedReview,
  type Article,
  type DisputeRecord,
  type EntityRecord,
  type IngestedEntity,
  type IngestedRelation,
  type RelationRecord,
} from "../../graph-schema/index.js";
import { relationId } from "../dataset/relation-id.js";
import type { ExtractedEntity, ExtractedRelation } from "./extractor.js";
import { deniedRelations } from "./denials.js";
import type { LedgerEntry, ResolutionDecision } from "./ledger.js";
import { pairKey, slugify } from "./merge-keys.js";
import { applyReview, EMPTY_REVIEW, reviewWarnings, type ReviewedRelation } from "./review.js";

export interface RecordSet {
  articles: Article[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  disputes: DisputeRecord[];
}

export interface EntryOutcome {
  entities: IngestedEntity[];
  relations: IngestedRelation[];
  /** Extracted entity id → the entity id it became. */
  entityIds: Map<string, string>;
  decisions: ResolutionDecision[];
  /** Cue index → the relations of its sentence that it denies (not asserted by the article). */
  denied: Map<number, ExtractedRelation[]>;
  /** What the entry's review did, null without one. */
  review: AppliedReview | null;
  warnings: string[];
}

export class GraphBuilder {
  readonly entities = new Map<string, EntityRecord>();
  readonly relations = new Map<string, RelationRecord>();
  readonly disputes = new Map<string, DisputeRecord>();
  readonly articles = new Map<string, Article>();
  private readonly byPair = new Map<string, string[]>();

  constructor(base: RecordSet) {
    for (const a of base.articles) this.articles.set(a.id, a);
    for (const e of base.entities) this.entities.set(e.id, structuredClone(e));
    for (const d of base.disputes) this.disputes.set(d.id, structuredClone(d));
    for (const r of base.relations) this.addRelation(structuredClone(r));
  }

  /**
   * A snapshot: later merges do not reach it. Merging only ever adds to the lists (aliases,
   * evidence, disputes, claims) and raises a confidence, so copying the records and their lists
   * is enough; evidence items themselves are never changed.
   */
  records(): RecordSet {
    return {
      articles: [...this.articles.values()],
      entities: [...this.entities.values()].map((e) => ({ ...e, aliases: [...e.aliases] })),
      relations: [...this.relations.values()].map((r) => ({
        ...r,
        evidence: [...r.evidence],
        disputes: [...r.disputes],
      })),
      disputes: [...this.disputes.values()].map((d) => ({
        ...d,
        claims: d.claims.map((c) => ({ ...c, evidence: [...c.evidence] })),
      })),
    };
  }

  private addRelation(record: RelationRecord): string {
    const id = relationId(record);
    this.relations.set(id, record);
    const key = pairKey(record.type, record.source, record.target);
    this.byPair.set(key, [...(this.byPair.get(key) ?? []), id]);
    return id;
  }

  /** Relations of this type between the two (either way round when the type is mutual). */
  relationsBetween(type: RelationRecord["type"], source: string, target: string): [string, RelationRecord][] {
    return (this.byPair.get(pairKey(type, source, target)) ?? []).map((id) => [id, this.relations.get(id)!]);
  }

  /** Applies one ledger entry; `decisions` holds earlier decisions keyed by `${article}|${proposed}`. */
  apply(entry: LedgerEntry, decisions: ReadonlyMap<string, ResolutionDecision>): EntryOutcome {
    const denied = deniedRelations(entry.extraction);
    const outcome: EntryOutcome = {
      entities: [],
      relations: [],
      entityIds: new Map(),
      decisions: [],
      denied,
      review: null,
      warnings: [],
    };
    const reviewed = applyReview(entry.extraction, entry.review?.review ?? EMPTY_REVIEW);
    if (entry.review) outcome.review = reviewed.applied;
    this.articles.set(entry.article.id, entry.article);
    for (const extracted of reviewed.entities) this.resolve(entry, extracted, decisions, outcome);
    const created = new Set<string>();
    const notAsserted = new Set([...denied.values()].flat());
    for (const relation of reviewed.relations)
      if (!notAsserted.has(relation.original)) this.relate(entry, relation, outcome, created);
    outcome.warnings.push(...entry.extraction.warnings, ...reviewWarnings(reviewed.applied));
    return outcome;
  }

  private resolve(
    entry: LedgerEntry,
    extracted: ExtractedEntity,
    decisions: ReadonlyMap<string, ResolutionDecision>,
    outcome: EntryOutcome,
  ): void {
    const earlier = decisions.get(`${entry.article.id}|${extracted.id}`);
    const target = this.entities.get(earlier?.entity ?? extracted.id);
    const merged = extracted.status === "existing" && target !== undefined && !earlier?.undoneAt;
    let entity: EntityRecord;
    let status: IngestedEntity["status"] = "existing";
    let method = extracted.method;
    if (merged) {
      entity = target;
    } else {
      const same = this.entities.get(slugify(extracted.name));
      if (!earlier?.undoneAt && same && same.type === extracted.type) {
        entity = same;
        method = "name";
      } else {
        // An undone merge splits off under the spelling the article used.
        const name = earlier?.undoneAt ? earlier.mention : extracted.name;
        entity = this.createEntity({ ...extracted, name }, entry.article);
        status = "new";
      }
    }
    const gained = [extracted.name, ...extracted.newAliases].filter(
      (s) => s !== entity.name && !entity.aliases.includes(s),
    );
    if (status === "existing") entity.aliases.push(...new Set(gained));
    outcome.entityIds.set(extracted.id, entity.id);
    if (merged && !earlier) outcome.decisions.push(decisionFor(entry, extracted, entity.id));
    outcome.entities.push({
      id: entity.id,
      extractedId: extracted.id,
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases],
      status,
      resolution: { method: status === "new" ? "new" : method, score: extracted.score, note: extracted.note },
      newAliases: status === "existing" ? [...new Set(gained)] : [],
      mentions: extracted.mentions,
    });
  }

  private createEntity(extracted: ExtractedEntity, article: Article): EntityRecord {
    let id = slugify(extracted.name) || "entity";
    for (let n = 2; this.entities.has(id); n += 1) id = `${slugify(extracted.name)}-${n}`;
    const base = {
      id,
      name: extracted.name,
      aliases: [...new Set(extracted.newAliases.filter((a) => a !== extracted.name))],
      description: `first seen in "${article.title}"`,
    };
    const country =
      extracted.country && this.entities.get(extracted.country)?.type === "State" ? extracted.country : null;
    let entity: EntityRecord;
    if (extracted.type === "Person") entity = { type: "Person", ...base };
    else if (extracted.type === "State" && extracted.iso3 && /^[A-Z]{3}$/.test(extracted.iso3))
      entity = { type: "State", ...base, iso3: extracted.iso3 };
    // A state the reference tables do not know has no ISO code; it is kept as a government body.
    else if (extracted.type === "State") entity = { type: "Organization", ...base, kind: "government", country: null };
    else entity = { type: extracted.type, ...base, kind: extracted.kind ?? "unknown", country };
    this.entities.set(id, entity);
    return entity;
  }

  private relate(entry: LedgerEntry, reviewed: ReviewedRelation, outcome: EntryOutcome, created: Set<string>): void {
    const extracted = reviewed.relation;
    const source = outcome.entityIds.get(extracted.source);
    const target = outcome.entityIds.get(extracted.target);
    const place = extracted.place ? (outcome.entityIds.get(extracted.place) ?? null) : null;
    const where = `"${extracted.sentence.text.slice(0, 80)}"`;
    if (!source || !target) return void outcome.warnings.push(`${extracted.type} in ${where}: an end was not resolved`);
    if (source === target) return;
    const def = relationTypeDef(extracted.type);
    const [from, to] = [this.entities.get(source)!, this.entities.get(target)!];
    if (!def.from.includes(from.type) || !def.to.includes(to.type))
      return void outcome.warnings.push(
        `${extracted.type} in ${where} skipped: ${from.type} → ${to.type} is not allowed for this type`,
      );
    const evidence = {
      article: entry.article.id,
      sentence: extracted.sentence.text,
      start: extracted.sentence.start,
      end: extracted.sentence.end,
      // Which extractor and rule read it; extractions stored before provenance existed have none.
      ...((extracted.provenance as ExtractedRelation["provenance"] | undefined) && {
        provenance: extracted.provenance,
      }),
    };
    const validPlace = place && this.entities.get(place)?.type === "Place" ? place : null;
    const match = this.relationsBetween(extracted.type, source, target).find(
      ([, r]) =>
        datesCompatible(r.date, extracted.date, {
          known: r.dateBasis === "publication",
          candidate: extracted.dateBasis === "publication",
        }) &&
        (!r.place || !validPlace || r.place === validPlace),
    );
    let id: string;
    let status: IngestedRelation["status"];
    if (match) {
      const [matchId, record] = match;
      id = matchId;
      const already = record.evidence.some((e) => e.article === evidence.article && e.start === evidence.start);
      if (!already) record.evidence.push(evidence);
      record.confidence = Math.max(record.confidence, extracted.confidence);
      status = created.has(id) ? "new" : already ? "unchanged" : "corroborates";
    } else {
      id = this.addRelation({
        type: extracted.type,
        source,
        target,
        date: extracted.date,
        dateBasis: extracted.dateBasis,
        dateNote: extracted.dateNote,
        place: validPlace,
        topic: extracted.topic,
        role: extracted.role,
        confidence: extracted.confidence,
        evidence: [evidence],
        disputes: [],
      });
      created.add(id);
      status = "new";
    }
    const record = this.relations.get(id)!;
    outcome.relations.push({
      id,
      type: record.type,
      source: record.source,
      target: record.target,
      date: record.date,
      dateBasis: record.dateBasis,
      dateNote: record.dateNote,
      place: record.place,
      evidence,
      trigger: extracted.trigger,
      confidence: extracted.confidence,
      cameo: def.cameo,
      status,
      extracted: {
        key: reviewed.key,
        type: reviewed.original.type,
        source: reviewed.original.source,
        target: reviewed.original.target,
      },
      corrected: reviewed.corrected,
    });
  }
}

function decisionFor(entry: LedgerEntry, extracted: ExtractedEntity, entity: string): ResolutionDecision {
  return {
    id: `${entry.article.id}.${extracted.id}`,
    article: entry.article.id,
    proposed: extracted.id,
    mention: extracted.mentions[0]?.text ?? extracted.name,
    entity,
    method: extracted.method,
    score: extracted.score,
    note: extracted.note,
    decidedAt: entry.ingestedAt,
    undoneAt: null,
  };
}
