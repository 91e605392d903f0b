// Prints a Markdown table comparing two measures.json files written by explorer-screenshots
// (`npx tsx scripts/screenshots/measures-table.ts BEFORE_DIR AFTER_DIR`), for docs/screenshots/README.md.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

/** The fields of a shot the table shows; older or newer records may carry more. */
const Shot = z.object({
  size: z.string(),
  view: z.enum(["overview", "selection"]),
  container: z.object({ width: z.number(), height: z.number() }),
  nodes: z.object({ drawn: z.number(), loaded: z.number() }).nullable(),
  nodeBox: z.object({ widthShare: z.number(), heightShare: z.number(), allInside: z.boolean() }).nullable(),
  labels: z
    .object({
      source: z.string(),
      drawn: z.number(),
      hidden: z.number(),
      overlapping: z.number(),
      highlightLabels: z.number().optional(),
      doubled: z.number().optional(),
    })
    .nullable(),
});
type Shot = z.infer<typeof Shot>;

const Record = z.object({
  app: z.object({ commit: z.string(), changes: z.array(z.string()).max(1000) }).partial(),
  shots: z.array(Shot).max(100),
});

const MAX_BYTES = 1_000_000;

function readRecord(dir: string): z.infer<typeof Record> {
  const text = readFileSync(join(dir, "measures.json"), "utf8");
  if (text.length > MAX_BYTES) throw new Error(`${dir}/measures.json is larger than ${MAX_BYTES} bytes`);
  return Record.parse(JSON.parse(text));
}

const cell = {
  area: (s: Shot | undefined) => (s ? `${s.container.width}×${s.container.height}` : "–"),
  box: (s: Shot | undefined) => (s?.nodeBox ? `${s.nodeBox.widthShare} × ${s.nodeBox.heightShare}` : "–"),
  labels: (s: Shot | undefined) => (s?.labels && s.nodes ? `${s.labels.drawn} / ${s.nodes.drawn}` : "–"),
  overlapping: (s: Shot | undefined) => (s?.labels ? String(s.labels.overlapping) : "–"),
  doubled: (s: Shot | undefined) => String(s?.labels?.doubled ?? "–"),
};

function table(before: Shot[], after: Shot[]): string {
  const key = (s: Shot) => `${s.size} ${s.view}`;
  const keys = [...new Set([...before, ...after].map(key))];
  const find = (shots: Shot[], k: string) => shots.find((s) => key(s) === k);
  const header = [
    "| window | view | graph area px | drawn nodes' box, share of w × h | labels drawn / nodes | overlapping names | names drawn twice |",
    "|---|---|---|---|---|---|---|",
  ];
  const rows = keys.map((k) => {
    const [b, a] = [find(before, k), find(after, k)];
    const [size, view] = k.split(" ");
    const pair = (f: (s: Shot | undefined) => string) => `${f(b)} → ${f(a)}`;
    return `| ${size} | ${view} | ${pair(cell.area)} | ${pair(cell.box)} | ${pair(cell.labels)} | ${pair(cell.overlapping)} | ${pair(cell.doubled)} |`;
  });
  return [...header, ...rows].join("\n");
}

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 2) {
  console.error("usage: tsx scripts/screenshots/measures-table.ts BEFORE_DIR AFTER_DIR");
  process.exit(2);
}
const [before, after] = positionals.map(readRecord) as [z.infer<typeof Record>, z.infer<typeof Record>];
const described = (r: z.infer<typeof Record>) =>
  `${r.app.commit ?? "?"}${r.app.changes?.length ? ` + ${r.app.changes.length} uncommitted change(s)` : ""}`;
console.log(`before: ${described(before)}; after: ${described(after)}\n`);
console.log(table(before.shots, after.shots));
