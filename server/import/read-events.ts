// Streams the rows of an event file (gzip or plain): detects the layout from the first line,
// splits fields with csv-parse, and yields each row as named fields or as a problem to report.

import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import { detectLayout, LAYOUT_DEFS, type LayoutDef } from "./layouts.js";
import type { RowProblem } from "./event-row.js";

/** Longest row accepted (a GDELT row is under 2 kB); longer means the file is not what it seems. */
const MAX_ROW_BYTES = 64 * 1024;

export type FieldRow = { kind: "row"; line: number; fields: ReadonlyMap<string, string> };
export type FileRow = FieldRow | { kind: "problem"; problem: RowProblem };

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function textStream(path: string): Promise<Readable> {
  const raw = createReadStream(path);
  return (await isGzip(path)) ? raw.pipe(createGunzip()) : raw;
}

async function firstLine(path: string): Promise<string> {
  const lines = createInterface({ input: await textStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

export class LayoutError extends Error {
  override name = "LayoutError";
}

/** The layout of `path`, from its first line. */
export async function layoutOf(path: string): Promise<LayoutDef> {
  const line = await firstLine(path);
  const layout = detectLayout(line.slice(0, MAX_ROW_BYTES));
  if (!layout)
    throw new LayoutError(
      `${path}: not a GDELT 1.0/2.0 or ICEWS event file (first line has ${line.split("\t").length} tab-separated fields)`,
    );
  return LAYOUT_DEFS[layout];
}

/** Rows of `path` in `def`'s layout; `file` is the name problems are reported under. */
export async function* readFileRows(path: string, def: LayoutDef, file: string): AsyncGenerator<FileRow> {
  const parser = (await textStream(path)).pipe(
    parse({
      delimiter: def.delimiter,
      quote: def.quoted ? '"' : false,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      from_line: def.header ? 2 : 1,
      max_record_size: MAX_ROW_BYTES,
      info: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const columns = def.columns.get(record.length);
      if (!columns) {
        const expected = [...def.columns.keys()].join(" or ");
        yield {
          kind: "problem",
          problem: { file, line: info.lines, column: null, reason: `${record.length} fields, expected ${expected}` },
        };
        continue;
      }
      const fields = new Map<string, string>();
      for (const [i, name] of columns.entries()) {
        const value = record[i]!.trim();
        fields.set(name, def.naMarkers.has(value) ? "" : value);
      }
      yield { kind: "row", line: info.lines, fields };
    }
  } catch (error) {
    const e = error as { message: string; lines?: number };
    yield { kind: "problem", problem: { file, line: e.lines ?? 0, column: null, reason: `unreadable: ${e.message}` } };
  }
}
