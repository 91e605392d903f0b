// Integrity checks over schema-valid records: unique ids and aliases, references that resolve,
// relation ends of the labels the vocabulary allows, evidence offsets that point at their
// sentence, no duplicate relations.

import {
  foldName,
  relationTypeDef,
  type Article,
  type DisputeRecord,
  type EntityRecord,
  type Evidence,
  type RelationRecord,
} from "../../graph-schema/index.js";
import { GRAPH_FILES, RecordOrigins, type RawData, type Unreadable } from "./files.js";
import type { JsonPath } from "./json-source.js";
import type { DataProblem } from "./problems.js";
import { relationId } from "./relation-id.js";

export interface CheckResult {
  problems: DataProblem[];
  warnings: DataProblem[];
}

export interface CheckOptions {
  /** Where each record came from (readDataFolder), so problems carry file and line. */
  origins?: RecordOrigins;
  /** Records that failed to read: references to them are not reported a second time. */
  unreadable?: Unreadable;
}

/** Runs every integrity check over records that have passed their schema. */
export function checkIntegrity(data: RawData, options: CheckOptions = {}): CheckResult {
  const result: CheckResult = { problems: [], warnings: [] };
  const report = new Reporter(options.origins ?? new RecordOrigins(), result);
  const unreadable = options.unreadable ?? {
    articles: new Set<string>(),
    entities: new Set<string>(),
    disputes: new Set<string>(),
  };

  const articles = new Known(uniqueById(data.articles, "article", "articles", report), unreadable.articles);
  const entities = new Known(uniqueById(data.entities, "entity", GRAPH_FILES.entities, report), unreadable.entities);
  const disputes = new Known(uniqueById(data.disputes, "dispute", GRAPH_FILES.disputes, report), unreadable.disputes);

  checkArticles(data.articles, report);
  checkAliases(data.entities, report);
  checkCountries(data.entities, entities, report);
  checkRelations(data.relations, entities, articles, disputes, report);
  checkDisputes(data.disputes, data.relations, articles, report);
  return result;
}

/** Records by id, plus the ids that exist but could not be read (not "unknown", just unchecked). */
class Known<T> {
  constructor(
    private readonly byId: Map<string, T>,
    private readonly unreadable: Set<string> | "all",
  ) {}

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** True only when the id is surely absent from the data, not merely in a broken record. */
  isUnknown(id: string): boolean {
    return !this.byId.has(id) && this.unreadable !== "all" && !this.unreadable.has(id);
  }
}

/** Collects problems, placing each at its record's file and line when known. */
class Reporter {
  constructor(
    readonly origins: RecordOrigins,
    private readonly result: CheckResult,
  ) {}

  error(record: object, file: string, path: JsonPath, message: string): void {
    this.result.problems.push(this.origins.problem(record, path, message, file));
  }

  warn(record: object, file: string, path: JsonPath, message: string): void {
    this.result.warnings.push(this.origins.problem(record, path, message, file));
  }

  /** " (first at file:line)" when the other record's place is known. */
  at(record: object): string {
    const where = this.origins.where(record);
    return where ? ` (first at ${where})` : "";
  }
}

function uniqueById<T extends { id: string }>(
  records: readonly T[],
  noun: string,
  file: string,
  report: Reporter,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    const first = byId.get(record.id);
    if (first) report.error(record, file, ["id"], `duplicate ${noun} id "${record.id}"${report.at(first)}`);
    else byId.set(record.id, record);
  }
  return byId;
}

function checkArticles(articles: readonly Article[], report: Reporter): void {
  for (const a of articles) {
    if (a.publishedRange && a.publishedRange.from > a.publishedRange.to)
      report.error(
        a,
        "articles",
        ["publishedRange"],
        `publishedRange.from (${a.publishedRange.from}) is after .to (${a.publishedRange.to})`,
      );
    if (a.published && a.publishedRange)
      report.warn(
        a,
        "articles",
        ["publishedRange"],
        "both published and publishedRange are set: the range is only for an unknown date",
      );
  }
}

function checkAliases(entities: readonly EntityRecord[], report: Reporter): void {
  const owner = new Map<string, { entity: EntityRecord; spelling: string }>();
  for (const entity of entities) {
    const own = new Set<string>();
    const names: [string, JsonPath][] = [
      [entity.name, ["name"]],
      ...entity.aliases.map((a, i): [string, JsonPath] => [a, ["aliases", i]]),
    ];
    for (const [spelling, path] of names) {
      // Spellings collide when they fold alike, the rule search uses: "Alicé" and "alice".
      const key = foldName(spelling);
      if (own.has(key)) {
        report.warn(
          entity,
          GRAPH_FILES.entities,
          path,
          `"${spelling}" repeats another name or alias of "${entity.id}"`,
        );
        continue;
      }
      own.add(key);
      const first = owner.get(key);
      if (first && first.entity.id !== entity.id)
        report.error(
          entity,
          GRAPH_FILES.entities,
          path,
          `"${spelling}" is already a name or alias of "${first.entity.id}" ("${first.spelling}")${report.at(first.entity)}: ` +
            "a spelling must point at one entity",
        );
      else owner.set(key, { entity, spelling });
    }
  }
}

function checkCountries(entities: readonly EntityRecord[], byId: Known<EntityRecord>, report: Reporter): void {
  for (const entity of entities) {
    if ((entity.type !== "Organization" && entity.type !== "Place") || entity.country === null) continue;
    const country = byId.get(entity.country);
    if (byId.isUnknown(entity.country))
      report.error(
        entity,
        GRAPH_FILES.entities,
        ["country"],
        `unknown entity "${entity.country}": country must be the id of a State`,
      );
    else if (country && country.type !== "State")
      report.error(
        entity,
        GRAPH_FILES.entities,
        ["country"],
        `"${entity.country}" is a ${country.type}: country must be the id of a State`,
      );
  }
}

function checkRelations(
  relations: readonly RelationRecord[],
  entities: Known<EntityRecord>,
  articles: Known<Article>,
  disputes: Known<DisputeRecord>,
  report: Reporter,
): void {
  const file = GRAPH_FILES.relations;
  const byId = new Map<string, RelationRecord>();
  for (const r of relations) {
    const def = relationTypeDef(r.type);
    const source = entities.get(r.source);
    const target = entities.get(r.target);
    if (entities.isUnknown(r.source)) report.error(r, file, ["source"], `unknown entity "${r.source}"`);
    if (entities.isUnknown(r.target)) report.error(r, file, ["target"], `unknown entity "${r.target}"`);
    if (r.source === r.target) report.error(r, file, ["target"], `a relation from "${r.source}" to itself`);
    if (source && !def.from.includes(source.type))
      report.error(
        r,
        file,
        ["source"],
        `${r.type} cannot start at a ${source.type} ("${r.source}"); allowed: ${def.from.join(", ")}`,
      );
    if (target && !def.to.includes(target.type))
      report.error(
        r,
        file,
        ["target"],
        `${r.type} cannot end at a ${target.type} ("${r.target}"); allowed: ${def.to.join(", ")}`,
      );

    if (r.place !== null) {
      const place = entities.get(r.place);
      if (entities.isUnknown(r.place)) report.error(r, file, ["place"], `unknown entity "${r.place}"`);
      else if (place && place.type !== "Place")
        report.error(r, file, ["place"], `"${r.place}" is a ${place.type}: place must be the id of a Place`);
    }

    if (r.type === "HOLDS_ROLE" && !r.role)
      report.warn(r, file, ["role"], "HOLDS_ROLE without a role: say which office");
    if (r.type !== "HOLDS_ROLE" && r.role)
      report.warn(r, file, ["role"], `role is only meaningful on HOLDS_ROLE, not ${r.type}`);
    if (r.date === null && r.dateBasis !== "unknown")
      report.warn(r, file, ["dateBasis"], `dateBasis "${r.dateBasis}" but no date`);
    if (r.date !== null && r.dateBasis === "unknown")
      report.warn(r, file, ["dateBasis"], `date ${r.date} with dateBasis "unknown"`);

    r.evidence.forEach((e, i) => checkEvidence(r, ["evidence", i], e, articles, report, file));
    const sentences = new Set<string>();
    r.evidence.forEach((e, i) => {
      const key = `${e.article}\u0000${e.start}`;
      if (sentences.has(key)) report.warn(r, file, ["evidence", i], "the same sentence is cited twice");
      sentences.add(key);
    });

    r.disputes.forEach((d, i) => {
      if (disputes.isUnknown(d)) report.error(r, file, ["disputes", i], `unknown dispute "${d}"`);
    });
    if (new Set(r.disputes).size !== r.disputes.length) report.warn(r, file, ["disputes"], "a dispute is listed twice");

    // Same id means the same fact: two records would MERGE into one edge and lose evidence.
    const id = relationId(r);
    const first = byId.get(id);
    if (first)
      report.error(
        r,
        file,
        [],
        `duplicate relation ${id}: same ${r.type} ${r.source}–${r.target}, date ${r.date ?? "none"}, place ${r.place ?? "none"}` +
          `${report.at(first)}; merge their evidence into one record`,
      );
    else byId.set(id, r);
  }
}

function checkDisputes(
  disputes: readonly DisputeRecord[],
  relations: readonly RelationRecord[],
  articles: Known<Article>,
  report: Reporter,
): void {
  const file = GRAPH_FILES.disputes;
  const referenced = new Set(relations.flatMap((r) => r.disputes));
  for (const d of disputes) {
    d.claims.forEach((claim, c) =>
      claim.evidence.forEach((e, i) => checkEvidence(d, ["claims", c, "evidence", i], e, articles, report, file)),
    );
    if (!referenced.has(d.id))
      report.warn(
        d,
        file,
        ["id"],
        `no relation lists the dispute "${d.id}": it shows in the dispute list but on no edge`,
      );
  }
}

/** The sentence must sit exactly at [start, end) of its article; if not, say where it really is. */
function checkEvidence(
  record: object,
  path: JsonPath,
  e: Evidence,
  articles: Known<Article>,
  report: Reporter,
  file: string,
): void {
  const article = articles.get(e.article);
  if (!article) {
    if (articles.isUnknown(e.article))
      report.error(record, file, [...path, "article"], `unknown article "${e.article}"`);
    return;
  }
  const text = article.text;
  if (text.slice(e.start, e.end) === e.sentence) return;
  const found = text.indexOf(e.sentence);
  const shown = JSON.stringify(text.slice(e.start, Math.min(e.end, e.start + 60)));
  if (found >= 0) {
    const again = text.indexOf(e.sentence, found + 1);
    const where =
      `${found}-${found + e.sentence.length}` +
      (again >= 0 ? ` (and again at ${again}-${again + e.sentence.length})` : "");
    report.error(
      record,
      file,
      [...path, "start"],
      `offsets ${e.start}-${e.end} do not hold the sentence (they hold ${shown}); the sentence is found at ${where}`,
    );
  } else if (e.end > text.length) {
    report.error(
      record,
      file,
      [...path, "end"],
      `end ${e.end} is past the end of article "${e.article}" (${text.length} characters), and the sentence does not occur in it`,
    );
  } else {
    report.error(
      record,
      file,
      [...path, "sentence"],
      `the sentence does not occur in article "${e.article}" (offsets ${e.start}-${e.end} hold ${shown})`,
    );
  }
}
