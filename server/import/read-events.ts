// Streams the rows of an event file (gzip or plain): detects the layout from the first line,
// splits fields with csv-parse, and yields each row as named fields or as a problem to report;
// the same read feeds the file's bytes to a hash, so the file is read once.

import type { Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
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

/** The file's text, gunzipped when it is gzip (read from its magic bytes). */
export async function textStream(path: string): Promise<Readable> {
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

/** Passes bytes through unchanged, feeding each to a hash and counting them. */
class HashTap extends Transform {
  bytes = 0;
  constructor(private readonly hash: Hash) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error: null, chunk: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Feeds the bytes of `path` from `start` on to `hash` (the rest of a file whose parsing stopped early). */
async function hashFrom(path: string, start: number, hash: Hash): Promise<void> {
  for await (const chunk of createReadStream(path, { start })) hash.update(chunk as Buffer);
}

function rowParser(def: LayoutDef) {
  return parse({
    delimiter: def.delimiter,
    quote: def.quoted ? '"' : false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    from_line: def.header ? 2 : 1,
    max_record_size: MAX_ROW_BYTES,
    info: true,
  });
}

function fieldRow(def: LayoutDef, file: string, record: string[], line: number): FileRow {
  const columns = def.columns.get(record.length);
  if (!columns) {
    const expected = [...def.columns.keys()].join(" or ");
    return {
      kind: "problem",
      problem: { file, line, column: null, reason: `${record.length} fields, expected ${expected}` },
    };
  }
  const fields = new Map<string, string>();
  for (const [i, name] of columns.entries()) {
    const value = record[i]!.trim();
    fields.set(name, def.naMarkers.has(value) ? "" : value);
  }
  return { kind: "row", line, fields };
}

/**
 * Rows of `path` in `def`'s layout; `file` is the name problems are reported under. When the rows
 * are read to the end (an unreadable rest included), `hash` has seen every byte of the file.
 */
export async function* readFileRows(path: string, def: LayoutDef, file: string, hash?: Hash): AsyncGenerator<FileRow> {
  const tap = hash ? new HashTap(hash) : null;
  const parser = rowParser(def);
  const stages = [createReadStream(path), ...(tap ? [tap] : []), ...((await isGzip(path)) ? [createGunzip()] : [])];
  // pipeline passes a stage's error to the parser (failing the loop below) and closes every stage.
  const piped = pipeline([...stages, parser]).catch((error: unknown) => error);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield fieldRow(def, file, record, info.lines);
  } catch (error) {
    const e = error as { message: string; lines?: number };
    yield { kind: "problem", problem: { file, line: e.lines ?? 0, column: null, reason: `unreadable: ${e.message}` } };
    await piped;
    if (tap) await hashFrom(path, tap.bytes, hash!);
  }
}
