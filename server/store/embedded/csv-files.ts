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

const KIND_CODE = { string: 0, "string[]": 1, number: 2, integer: 2, boolean: 3 } as const;

/**
 * Encodes rows as lines: the columns' values joined by the delimiter, an empty field for null, text
 * quoted only when it holds a line break or a control character. One loop with a switch rather than
 * a function per column: this runs for every value of a bulk load (~1M rows × 17 columns).
 */
class LineEncoder {
  /** A value written so far held a line break. */
  multiline = false;
  private readonly names: string[];
  private readonly kinds: number[];

  constructor(columns: readonly PropertyDef[]) {
    this.names = columns.map((c) => c.name);
    this.kinds = columns.map((c) => KIND_CODE[c.kind]);
  }

  line(row: Row): string {
    let line = "";
    for (let i = 0; i < this.names.length; i++) {
      if (i > 0) line += CSV_DELIMITER;
      const value = row[this.names[i]!];
      if (value !== null && value !== undefined) line += this.field(this.kinds[i]!, value);
    }
    return line;
  }

  private field(kind: number, value: unknown): string {
    switch (kind) {
      case 0:
        return this.text(typeof value === "string" ? value : String(value));
      case 1: {
        const items = value as string[];
        if (items.length === 0) return EMPTY_LIST;
        if (unencodable(items)) throw new Unencodable();
        return this.text(items.join(LIST_SEPARATOR));
      }
      case 2: {
        const n = typeof value === "number" ? value : value === "" ? NaN : Number(value);
        return Number.isFinite(n) ? String(n) : "";
      }
      default:
        return value ? "true" : "false";
    }
  }

  private text(value: string): string {
    if (!NEEDS_QUOTES.test(value)) return value;
    if (LINE_BREAK.test(value)) this.multiline = true;
    return `${CSV_QUOTE}${value.replaceAll(CSV_QUOTE, CSV_QUOTE + CSV_QUOTE)}${CSV_QUOTE}`;
  }
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
    let chunk: string[] = [];
    const encoder = new LineEncoder(columns);
    try {
      for (const row of rows) {
        chunk.push(encoder.line(row));
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
    return { path, multiline: encoder.multiline };
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
