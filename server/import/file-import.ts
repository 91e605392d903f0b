// One file's import: its rows read in order, each event filtered, its actors resolved and
// aggregated, or skipped with a reason; then the file's Contribution (source record, new
// entities, aliases given, relations) and the summary of what happened to its rows.

import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Article } from "../../graph-schema/index.js";
import type { ActorResolution, ActorResolver } from "./actor-resolver.js";
import { EventAggregator, eventEvidence, relationTypeOfEvent, typeFits } from "./aggregate.js";
import type { Contribution } from "./contribution.js";
import { RowError, type EventRow, type RowProblem } from "./event-row.js";
import { readEvents } from "./event-rows.js";
import { actorMatches, outsideFilter, type EventFilter } from "./filter.js";
import type { EventDataset, LayoutDef } from "./layouts.js";
import { layoutOf } from "./read-events.js";

export interface FileSummary {
  file: string;
  source: string;
  layout: string;
  rowsRead: number;
  eventsImported: number;
  skipped: Record<string, number>;
  problems: RowProblem[];
  dateRange: { from: string; to: string } | null;
}

export interface FileImportOptions {
  dataset: EventDataset;
  filter?: EventFilter;
  onError?: "skip" | "fail";
  onProgress?: (file: string, rows: number) => void;
}

export interface FileImportResult {
  /** Its source's id is the dataset and a hash of the file's bytes: the same file is the same source wherever it lies. */
  contribution: Contribution;
  summary: FileSummary;
  /** Each distinct actor of the imported events, as resolved. */
  resolutions: ActorResolution[];
}

/** Most row problems kept for the report; the rest are counted under their reason. */
const MAX_PROBLEMS_KEPT = 50;

/** What evidence names as its source until the read, which hashes the file, ends. */
const SOURCE_PENDING = "";

function sourceIdOf(dataset: EventDataset, sha256: string): string {
  return `${dataset}-${sha256.slice(0, 16)}`;
}

class FileImport {
  readonly summary: FileSummary;
  private readonly aggregator = new EventAggregator();
  private readonly resolutions = new Map<string, ActorResolution>();

  constructor(
    readonly def: LayoutDef,
    readonly file: string,
    private readonly resolver: ActorResolver,
    private readonly filter: EventFilter,
  ) {
    this.summary = {
      file,
      source: SOURCE_PENDING,
      layout: def.layout,
      rowsRead: 0,
      eventsImported: 0,
      skipped: {},
      problems: [],
      dateRange: null,
    };
  }

  skip(reason: string): void {
    this.summary.skipped[reason] = (this.summary.skipped[reason] ?? 0) + 1;
  }

  problem(problem: RowProblem): void {
    if (this.summary.problems.length < MAX_PROBLEMS_KEPT) this.summary.problems.push(problem);
    this.skip("malformed row");
  }

  /** Event id → what each event under it was, to tell a repeated row from a reused id. */
  private readonly eventIds = new Map<string, string[]>();

  /** The event under an id of its own: GDELT reuses a few ids for different events (6 in the Georgia file). */
  private distinct(row: EventRow): EventRow | null {
    const actor = (a: EventRow["source"]): string => a?.code ?? a?.name ?? "";
    const what = [row.date, row.cameo, actor(row.source), actor(row.target), row.url ?? ""].join("\u001f");
    const seen = this.eventIds.get(row.eventId) ?? [];
    if (seen.includes(what)) return null;
    this.eventIds.set(row.eventId, [...seen, what]);
    return seen.length === 0 ? row : { ...row, eventId: `${row.eventId}@${row.line}` };
  }

  /** Takes one event in; the reason it was skipped, or null. */
  take(row: EventRow): string | null {
    const event = this.distinct(row);
    if (!event) return "event repeated in the file";
    const outside = outsideFilter(event, this.filter);
    if (outside) return outside;
    if (!event.source || !event.target) return "only one actor";
    const source = this.resolver.resolve(event.source);
    const target = this.resolver.resolve(event.target);
    if (!actorMatches(event, this.filter, [source.entity, target.entity])) return "outside --actor";
    if (source.entity === target.entity) return "both actors are one entity";
    const [from, to] = [source, target].map((r) => this.resolver.entities.get(r.entity)!);
    const type = relationTypeOfEvent(event.cameo);
    if (!typeFits(type, from!.type, to!.type)) return `${type} cannot join these entity types`;
    const evidence = eventEvidence(event, SOURCE_PENDING, [from!.name, to!.name], [source.mention, target.mention]);
    if (!this.aggregator.add(event, type, source.entity, target.entity, evidence))
      return "event id repeated in the file";
    this.resolutions.set(source.proposed, source);
    this.resolutions.set(target.proposed, target);
    this.summary.eventsImported++;
    const range = this.summary.dateRange;
    this.summary.dateRange = {
      from: range && range.from < event.date ? range.from : event.date,
      to: range && range.to > event.date ? range.to : event.date,
    };
    return null;
  }

  result(dataset: EventDataset, sourceId: string, now: Date): FileImportResult {
    const { summary, file, def } = this;
    summary.source = sourceId;
    const name = dataset.toUpperCase();
    const source: Article = {
      id: sourceId,
      file,
      title: `${name} events: ${file}`,
      outlet: name,
      published: null,
      publishedRange: summary.dateRange ? { ...summary.dateRange, basis: "dates of the imported events" } : null,
      url: null,
      language: "en",
      note: `imported ${now.toISOString()}: ${summary.eventsImported} events of ${summary.rowsRead} rows (${def.layout})`,
      text: `${name} event file ${file}, ${def.layout} layout, ${summary.rowsRead} rows.`,
      derivedFrom: null,
    };
    const relations = this.aggregator
      .records()
      .map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, article: sourceId })) }));
    const used = new Set(relations.flatMap((r) => [r.source, r.target]));
    const entities = [...this.resolver.created.values()].filter((e) => used.has(e.id));
    const aliases: Record<string, string[]> = {};
    for (const r of this.resolutions.values())
      if (r.mention !== this.resolver.entities.get(r.entity)!.name)
        aliases[r.entity] = [...new Set([...(aliases[r.entity] ?? []), r.mention])];
    return {
      contribution: { source, entities, aliases, relations },
      summary,
      resolutions: [...this.resolutions.values()],
    };
  }
}

/** Imports one file in one read, which also hashes it for its source id. */
export async function importFile(
  path: string,
  resolver: ActorResolver,
  options: FileImportOptions,
  now: Date,
): Promise<FileImportResult> {
  const def = await layoutOf(path);
  if (def.dataset !== options.dataset)
    throw new Error(`${path}: a ${def.dataset.toUpperCase()} file (${def.layout}); use \`import ${def.dataset}\``);
  const run = new FileImport(def, basename(path), resolver, options.filter ?? {});
  const hash = createHash("sha256");
  for await (const item of readEvents(path, def, run.file, hash)) {
    const rows = ++run.summary.rowsRead;
    if (rows % 1000 === 0) options.onProgress?.(run.file, rows);
    if (item.kind === "problem") {
      if (options.onError === "fail") throw new RowError(item.problem);
      run.problem(item.problem);
      continue;
    }
    const skipped = run.take(item.event);
    if (skipped) run.skip(skipped);
  }
  options.onProgress?.(run.file, run.summary.rowsRead);
  return run.result(options.dataset, sourceIdOf(options.dataset, hash.digest("hex")), now);
}
