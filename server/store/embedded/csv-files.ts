// Header-less delimited files for COPY, in a private temporary folder. Control characters serve
// as delimiter and quote, so JSON and prose need no quoting (the engine's CSV reader is ~5× slower
// on quoted fields); lists are joined with another control character; null is an empty field.

import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PropertyDef } from "../../../graph-schema/index.js";
import type { Row } from "./run.js";
import { processAlive } from "./store-files.js";
import { CSV_DELIMITER, CSV_QUOTE, EMPTY_LIST, LIST_SEPARATOR } from "./write-statements.js";

export interface CsvFile {
  path: string;
  /** A value holds a line break. */
  multiline: boolean;
}

const LINE_BREAK = /[\r\n]/;
const CONTROL = new RegExp(`[${EMPTY_LIST}${LIST_SEPARATOR}]`);
const NEEDS_QUOTES = new RegExp(`[\r\n${CSV_DELIMITER}${CSV_QUOTE}]`);

class Unencodable extends Error {}

/** A list the encoding cannot carry (an empty item, or one holding a separator). */
const unencodable = (items: unknown[]): boolean =>
  items.some((i) => typeof i !== "string" || i === "" || CONTROL.test(i));

/** Quoted only when it holds a line break or one of the two control characters. */
const text = (value: string): string =>
  NEEDS_QUOTES.test(value) ? `${CSV_QUOTE}${value.replaceAll(CSV_QUOTE, CSV_QUOTE + CSV_QUOTE)}${CSV_QUOTE}` : value;

type Encoder = (value: unknown) => string;

const ENCODERS: Record<PropertyDef["kind"], Encoder> = {
  string: (v) => (v === null || v === undefined ? "" : text(String(v))),
  "string[]": (v) => {
    if (v === null || v === undefined) return "";
    const items = v as string[];
    if (unencodable(items)) throw new Unencodable();
    return text(items.length === 0 ? EMPTY_LIST : items.join(LIST_SEPARATOR));
  },
  number: (v) => (v === null || v === undefined || v === "" || !Number.isFinite(Number(v)) ? "" : String(Number(v))),
  integer: (v) => (v === null || v === undefined || v === "" || !Number.isFinite(Number(v)) ? "" : String(Number(v))),
  boolean: (v) => (v === null || v === undefined ? "" : v ? "true" : "false"),
};

/** One line per row: the columns' encoders joined by the delimiter (an empty string reads as null). */
function lineWriter(columns: readonly PropertyDef[]): (row: Row) => string {
  const names = columns.map((c) => c.name);
  const encoders = columns.map((c) => ENCODERS[c.kind]);
  return (row) => {
    let line = encoders[0]!(row[names[0]!]);
    for (let i = 1; i < names.length; i++) line += CSV_DELIMITER + encoders[i]!(row[names[i]!]);
    return line;
  };
}

const FOLDER_PREFIX = "actorgraph-copy-";
/** PREFIX, the owner's process id, a dash, mkdtemp's random suffix. */
const FOLDER_NAME = new RegExp(`^${FOLDER_PREFIX}(\\d+)-`);

/** A load killed during a COPY leaves its folder (as large as the data); the next load clears it. */
async function removeStrayFolders(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(FOLDER_NAME.exec(name)?.[1]);
    if (pid > 0 && pid !== process.pid && !processAlive(pid))
      await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
}

export class CsvFolder {
  private constructor(readonly dir: string) {}

  /** A new folder named after this process; folders of processes that were killed are removed first. */
  static async create(): Promise<CsvFolder> {
    await removeStrayFolders();
    return new CsvFolder(await mkdtemp(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`)));
  }

  /**
   * Writes `rows` (columns in the given order) to a new file of this folder; null (and no file)
   * when a list cannot be encoded, for the caller to write those rows another way.
   */
  async write(name: string, columns: readonly PropertyDef[], rows: Iterable<Row>): Promise<CsvFile | null> {
    const path = join(this.dir, `${name}.csv`);
    const out = createWriteStream(path, { encoding: "utf8" });
    const done = new Promise<void>((resolve, reject) => {
      out.on("finish", resolve);
      out.on("error", reject);
    });
    let multiline = false;
    let chunk: string[] = [];
    const toLine = lineWriter(columns);
    try {
      for (const row of rows) {
        const line = toLine(row);
        if (!multiline && LINE_BREAK.test(line)) multiline = true;
        chunk.push(line);
        if (chunk.length === 5_000) {
          if (!out.write(chunk.join("\n") + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
          chunk = [];
        }
      }
    } catch (error) {
      out.destroy();
      await rm(path, { force: true });
      if (error instanceof Unencodable) return null;
      throw error;
    }
    out.end(chunk.length > 0 ? chunk.join("\n") + "\n" : "");
    await done;
    return { path, multiline };
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
