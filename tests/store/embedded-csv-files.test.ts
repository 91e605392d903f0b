// The COPY files of the embedded bulk loader: what each kind of value becomes on a line, when a
// file is marked as holding line breaks (the engine must then read it serially), and the lists it
// refuses so that their rows are written another way.

import { readFile } from "node:fs/promises";
import type { PropertyDef } from "../../graph-schema/index.js";
import { CsvFolder } from "../../server/store/embedded/csv-files.js";
import { CSV_DELIMITER, CSV_QUOTE, EMPTY_LIST, LIST_SEPARATOR } from "../../server/store/embedded/write-statements.js";

const COLUMNS: PropertyDef[] = [
  { name: "id", kind: "string", meaning: "" },
  { name: "tags", kind: "string[]", meaning: "" },
  { name: "weight", kind: "number", meaning: "" },
  { name: "count", kind: "integer", meaning: "" },
  { name: "flag", kind: "boolean", meaning: "" },
];

let folder: CsvFolder;
beforeAll(async () => {
  folder = await CsvFolder.create();
});
afterAll(async () => {
  await folder.remove();
});

async function linesOf(rows: Record<string, unknown>[]): Promise<{ lines: string[]; multiline: boolean } | null> {
  const file = await folder.write(`t-${Math.random().toString(36).slice(2)}`, COLUMNS, rows);
  if (!file) return null;
  const text = await readFile(file.path, "utf8");
  return { lines: text.split("\n").slice(0, -1), multiline: file.multiline };
}

const fields = (...values: string[]): string => values.join(CSV_DELIMITER);

test("each kind of value, null as an empty field, numbers given as text", async () => {
  const out = await linesOf([
    { id: "a", tags: ["x", "y"], weight: 0.5, count: 3, flag: true },
    { id: "b", tags: [], weight: "2.25", count: "7", flag: false },
    { id: null, tags: null, weight: null, count: undefined, flag: null },
    { id: "c", weight: "", count: Number.NaN, flag: 0 },
  ]);
  expect(out).toEqual({
    lines: [
      fields("a", `x${LIST_SEPARATOR}y`, "0.5", "3", "true"),
      fields("b", EMPTY_LIST, "2.25", "7", "false"),
      fields("", "", "", "", ""),
      fields("c", "", "", "", "false"),
    ],
    multiline: false,
  });
});

test("text holding a line break or a control character is quoted, and only a line break marks the file", async () => {
  const quoted = (s: string): string => `${CSV_QUOTE}${s}${CSV_QUOTE}`;
  const plain = await linesOf([{ id: `a${CSV_DELIMITER}b`, tags: [`q${CSV_QUOTE}`] }]);
  expect(plain).toEqual({
    lines: [fields(quoted(`a${CSV_DELIMITER}b`), quoted(`q${CSV_QUOTE}${CSV_QUOTE}`), "", "", "")],
    multiline: false,
  });
  const broken = await linesOf([{ id: "plain" }, { id: "two\nlines" }]);
  expect(broken?.multiline).toBe(true);
  expect(broken?.lines.join("\n")).toContain(quoted("two\nlines"));
});

test("a list with an empty item or a separator inside an item leaves no file", async () => {
  expect(
    await linesOf([
      { id: "a", tags: ["ok"] },
      { id: "b", tags: [""] },
    ]),
  ).toBeNull();
  expect(await linesOf([{ id: "a", tags: [`x${LIST_SEPARATOR}y`] }])).toBeNull();
  expect(await linesOf([{ id: "a", tags: [EMPTY_LIST] }])).toBeNull();
});
