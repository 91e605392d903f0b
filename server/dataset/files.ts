// Reads a data folder (articles/ with texts and metadata, graph/ with the curated records) into
// schema-checked records. Every malformed file or record becomes a problem naming file, line,
// column and field; reading goes on past the first one so a user sees all of them at once.

import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import type { z } from "zod";
import { ArticleMeta, DisputeRecord, EntityRecord, RelationRecord, type Article } from "../../graph-schema/index.js";
import { DEFAULT_DATA_DIR } from "../paths.js";
import { JsonSource, type JsonPath } from "./json-source.js";
import { formatPath, type DataProblem } from "./problems.js";

export { DataFileError, formatProblem, type DataProblem } from "./problems.js";

/** Where the curated records live inside a data folder. */
export const ARTICLES_DIR = "articles";
export const GRAPH_FILES = {
  entities: join("graph", "entities.json"),
  relations: join("graph", "relations.json"),
  disputes: join("graph", "disputes.json"),
} as const;

export interface RawData {
  articles: Article[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  disputes: DisputeRecord[];
}

/**
 * Remembers the file and JSON path each record was read from, so checks that run later on the
 * plain records (duplicates, references, offsets) can still point at a line.
 */
export class RecordOrigins {
  private readonly origins = new WeakMap<object, { source: JsonSource; path: JsonPath }>();

  set(record: object, source: JsonSource, path: JsonPath): void {
    this.origins.set(record, { source, path });
  }

  /** A problem about `record` (at `subpath` inside it); `fallbackFile` names records of unknown origin. */
  problem(record: object, subpath: JsonPath, message: string, fallbackFile: string, key?: string): DataProblem {
    const origin = this.origins.get(record);
    if (!origin) {
      const path = key === undefined ? subpath : [...subpath, key];
      return { file: fallbackFile, line: null, column: null, path: path.length ? formatPath(path) : null, message };
    }
    return origin.source.problemAt([...origin.path, ...subpath], message, key);
  }

  /** `file:line` of a record, for messages that refer to another record ("first defined at ..."). */
  where(record: object): string | null {
    const origin = this.origins.get(record);
    if (!origin) return null;
    return `${origin.source.file}:${origin.source.locate(origin.path).line}`;
  }
}

/**
 * Ids that exist in the files but whose records were rejected, or "all" when a whole file could
 * not be read: references to them are not reported again as unknown (one mistake, one problem).
 */
export interface Unreadable {
  articles: Set<string> | "all";
  entities: Set<string> | "all";
  disputes: Set<string> | "all";
}

export interface DataFolder {
  dir: string;
  data: RawData;
  origins: RecordOrigins;
  unreadable: Unreadable;
  /** Errors: the folder cannot be loaded as it is. */
  problems: DataProblem[];
  /** Worth a look, but loading can go on. */
  warnings: DataProblem[];
}

/** Reads and schema-checks a whole data folder; records that fail their schema are left out. */
export async function readDataFolder(dir: string = DEFAULT_DATA_DIR): Promise<DataFolder> {
  const root = resolve(dir);
  const folder: DataFolder = {
    dir: root,
    data: { articles: [], entities: [], relations: [], disputes: [] },
    origins: new RecordOrigins(),
    unreadable: { articles: new Set(), entities: new Set(), disputes: new Set() },
    problems: [],
    warnings: [],
  };
  folder.data.articles = await readArticles(root, folder);
  folder.data.entities = await readRecordFile(root, GRAPH_FILES.entities, EntityRecord, "entity", folder, "entities");
  folder.data.relations = await readRecordFile(root, GRAPH_FILES.relations, RelationRecord, "relation", folder);
  folder.data.disputes = await readRecordFile(root, GRAPH_FILES.disputes, DisputeRecord, "dispute", folder, "disputes");
  return folder;
}

/** Paths in messages: relative to the working directory when beneath it (short, clickable). */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel : absolute;
}

async function readText(absolute: string, folder: DataFolder, what: string): Promise<string | null> {
  try {
    return await readFile(absolute, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    folder.problems.push({
      file: displayPath(absolute),
      line: null,
      column: null,
      path: null,
      message: `cannot read ${what}: ${reason}`,
    });
    return null;
  }
}

async function readRecordFile<S extends z.ZodType>(
  root: string,
  name: string,
  schema: S,
  noun: string,
  folder: DataFolder,
  kind?: "entities" | "disputes",
): Promise<z.output<S>[]> {
  const absolute = join(root, name);
  const unreadable = (): never[] => {
    if (kind) folder.unreadable[kind] = "all";
    return [];
  };
  const text = await readText(absolute, folder, `the ${noun} records`);
  if (text === null) return unreadable();
  const { source, value, problems } = JsonSource.parse(displayPath(absolute), text);
  folder.problems.push(...problems);
  if (problems.length > 0) return unreadable();
  if (!Array.isArray(value)) {
    folder.problems.push(source.problemAt([], `expected a JSON array of ${noun} records, found ${describe(value)}`));
    return unreadable();
  }
  const records: z.output<S>[] = [];
  value.forEach((element, index) => {
    const parsed = schema.safeParse(element);
    if (!parsed.success) {
      folder.problems.push(...parsed.error.issues.map((issue) => issueProblem(source, [index], issue, noun, element)));
      const id = valueAt(element, ["id"]);
      const rejected = kind ? folder.unreadable[kind] : "all";
      if (typeof id === "string" && rejected !== "all") rejected.add(id);
      return;
    }
    folder.origins.set(parsed.data as object, source, [index]);
    records.push(parsed.data);
  });
  return records;
}

async function readArticles(root: string, folder: DataFolder): Promise<Article[]> {
  const dir = join(root, ARTICLES_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    folder.problems.push({
      file: displayPath(dir),
      line: null,
      column: null,
      path: null,
      message: "cannot read the articles folder: not found",
    });
    folder.unreadable.articles = "all";
    return [];
  }
  const articles: Article[] = [];
  const described = new Set<string>();
  const rejected = folder.unreadable.articles as Set<string>;
  for (const name of names.filter((n) => n.endsWith(".meta.json"))) {
    const absolute = join(dir, name);
    // Evidence cites articles by id, which is the file name; a broken article must not make
    // every sentence citing it a second problem.
    rejected.add(basename(name, ".meta.json"));
    const text = await readText(absolute, folder, "the article metadata");
    if (text === null) continue;
    const { source, value, problems } = JsonSource.parse(displayPath(absolute), text);
    folder.problems.push(...problems);
    if (problems.length > 0) continue;
    const parsed = ArticleMeta.safeParse(value);
    if (!parsed.success) {
      folder.problems.push(
        ...parsed.error.issues.map((issue) => issueProblem(source, [], issue, "article metadata", value)),
      );
      continue;
    }
    const meta = parsed.data;
    const stem = basename(name, ".meta.json");
    if (meta.id !== stem) {
      folder.problems.push(
        source.problemAt(["id"], `the id "${meta.id}" differs from the file name: expected "${stem}"`),
      );
      continue;
    }
    const textPath = resolve(dir, meta.file);
    if (!textPath.startsWith(dir + sep)) {
      folder.problems.push(source.problemAt(["file"], `"${meta.file}" points outside the articles folder`));
      continue;
    }
    described.add(textPath);
    const body = await readText(textPath, folder, `the text of article ${meta.id}`);
    if (body === null) continue;
    const article: Article = { ...meta, text: body, derivedFrom: null };
    folder.origins.set(article, source, []);
    articles.push(article);
    rejected.delete(meta.id);
  }
  for (const name of names.filter((n) => n.endsWith(".txt"))) {
    if (!described.has(join(dir, name)))
      folder.warnings.push({
        file: displayPath(join(dir, name)),
        line: null,
        column: null,
        path: null,
        message: `no metadata file describes this text (expected ${basename(name, ".txt")}.meta.json): it is not loaded`,
      });
  }
  return articles;
}

type Issue = z.core.$ZodIssue;

/** A zod issue as a problem at the line of the offending field (or of its element when absent). */
function issueProblem(source: JsonSource, prefix: JsonPath, issue: Issue, noun: string, element: unknown): DataProblem {
  const inner = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const path = [...prefix, ...inner];
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return source.problemAt(
      path,
      `unknown field${issue.keys.length > 1 ? "s" : ""} ${keys} in ${article(noun)} record`,
      issue.keys[0],
    );
  }
  return source.problemAt(path, issueMessage(issue, valueAt(element, inner)));
}

function issueMessage(issue: Issue, found: unknown): string {
  if (issue.code === "invalid_type" && found === undefined)
    return `missing required field (expected ${issue.expected})`;
  // zod does not echo the offending value; the user needs it to find the typo.
  const shown = found === undefined ? "" : ` (found ${truncate(JSON.stringify(found))})`;
  if (issue.code === "invalid_value" && inner(issue) === "type")
    return `unknown relation type${shown}; the vocabulary is in graph-schema/relation-types.ts`;
  if (issue.code === "invalid_union" && inner(issue) === "type") return `unknown entity type${shown}: ${issue.message}`;
  return `${issue.message}${shown}`;
}

function inner(issue: Issue): unknown {
  return issue.path.at(-1);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const seg of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

function truncate(text: string | undefined, max = 80): string {
  if (text === undefined) return "undefined";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
