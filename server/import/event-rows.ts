// Every event of one file, in order: the layout detected, each row parsed for its dataset,
// problems yielded (never thrown) so the caller decides whether to skip or stop.

import type { Hash } from "node:crypto";
import type { EventRow, RowProblem } from "./event-row.js";
import { problemOf } from "./fields.js";
import { gdeltRow } from "./gdelt-row.js";
import { icewsEventRow, icewsQuadrupleRow } from "./icews-row.js";
import type { Layout, LayoutDef } from "./layouts.js";
import { readFileRows } from "./read-events.js";

type RowParser = (def: LayoutDef, line: number, values: ReadonlyMap<string, string>) => EventRow;

const PARSERS: Readonly<Record<Layout, RowParser>> = {
  "gdelt1-header": gdeltRow,
  "gdelt1-raw": gdeltRow,
  "gdelt2-raw": gdeltRow,
  "icews-events": icewsEventRow,
  "icews-quadruples": icewsQuadrupleRow,
};

export type EventOrProblem = { kind: "event"; event: EventRow } | { kind: "problem"; problem: RowProblem };

/** `hash`, when given, sees every byte of the file once the events are read to the end. */
export async function* readEvents(
  path: string,
  def: LayoutDef,
  file: string,
  hash?: Hash,
): AsyncGenerator<EventOrProblem> {
  const parse = PARSERS[def.layout];
  for await (const row of readFileRows(path, def, file, hash)) {
    if (row.kind === "problem") {
      yield row;
      continue;
    }
    try {
      yield { kind: "event", event: parse(def, row.line, row.fields) };
    } catch (error) {
      yield { kind: "problem", problem: problemOf(error, file, row.line) };
    }
  }
}
