// The readers: every layout detected from its first line, gzip or plain, NA markers read as empty,
// the 57/58-column mix, malformed rows reported with file, line and column, and the file hashed
// in the same read.

import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEvents, type EventOrProblem } from "../../server/import/event-rows.js";
import { detectLayout } from "../../server/import/layouts.js";
import { layoutOf, LayoutError } from "../../server/import/read-events.js";

const fixture = (name: string): string => join(__dirname, "fixtures", name);

async function readAll(name: string): Promise<{ layout: string; items: EventOrProblem[] }> {
  const def = await layoutOf(fixture(name));
  const items: EventOrProblem[] = [];
  for await (const item of readEvents(fixture(name), def, name)) items.push(item);
  return { layout: def.layout, items };
}

const events = (items: EventOrProblem[]) => items.flatMap((i) => (i.kind === "event" ? [i.event] : []));
const problems = (items: EventOrProblem[]) => items.flatMap((i) => (i.kind === "problem" ? [i.problem] : []));

describe("event file readers", () => {
  it.each([
    ["gdelt1-georgia-header.csv.gz", "gdelt1-header", 31],
    ["gdelt1-mixed-57-58.tsv", "gdelt1-raw", 20],
    ["gdelt2-export.CSV.gz", "gdelt2-raw", 19],
    ["icews-events.tab", "icews-events", 26],
    ["icews-quadruples.tsv.gz", "icews-quadruples", 24],
  ])("%s is read as %s, every row an event", async (name, layout, rows) => {
    const read = await readAll(name);
    expect(read.layout).toBe(layout);
    expect(problems(read.items)).toEqual([]);
    expect(events(read.items)).toHaveLength(rows);
    for (const e of events(read.items)) {
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.cameo).toMatch(/^\d{2,4}$/);
    }
  });

  it("reads NA as empty: a GDELT event without a first actor, codes with stray spaces trimmed", async () => {
    const all = events((await readAll("gdelt1-georgia-header.csv.gz")).items);
    const first = all.find((e) => e.eventId === "125489286")!;
    expect(first.source).toBeNull();
    expect(first.target).toMatchObject({ code: "BUS", name: "BUSINESS", country: null, role: "BUS" });
    expect(first).toMatchObject({ date: "2011-06-01", cameo: "042", goldstein: 1.9, quadClass: 1, mentions: 9 });
    expect(first.url).toBeNull();
    expect(all.every((e) => e.source?.code !== "NA" && e.target?.code !== "NA")).toBe(true);
    const bbc = all.find((e) => e.publisher === "BBC Monitoring");
    expect(bbc?.url).toBeNull();
    expect(all.some((e) => e.url?.startsWith("http"))).toBe(true);
  });

  it("reads both GDELT 1.0 widths: 58 columns with a URL, 57 (backfile) without", async () => {
    const all = events((await readAll("gdelt1-mixed-57-58.tsv")).items);
    expect(all.filter((e) => e.url !== null)).toHaveLength(10);
    expect(all.filter((e) => e.url === null)).toHaveLength(10);
    expect(all.find((e) => e.eventId === "1552829")).toMatchObject({ date: "1982-01-02", cameo: "030", url: null });
    // The place column is at its right offset in both widths.
    expect(all.every((e) => e.place === null || /[A-Za-z]/.test(e.place))).toBe(true);
  });

  it("reads GDELT 2.0's extra ADM2 columns without shifting the rest", async () => {
    const all = events((await readAll("gdelt2-export.CSV.gz")).items);
    expect(all[0]).toMatchObject({
      eventId: "881990832",
      cameo: "139",
      goldstein: -7,
      quadClass: 3,
      tone: 2.02774813233724,
    });
    expect(all[0]!.place).toBe("Vancouver, British Columbia, Canada");
    expect(all[0]!.url).toMatch(/^https:\/\/www\.timescolonist\.com\//);
  });

  it("reads ICEWS named actors with sectors, publisher and story; quadruples by event name", async () => {
    const raw = events((await readAll("icews-events.tab")).items);
    const lavrov = raw.find((e) => e.target?.name === "Sergey Viktorovich Lavrov")!;
    expect(lavrov).toMatchObject({
      cameo: "040",
      goldstein: 1,
      publisher: "Associated Press Newswires",
      storyId: "47401149",
    });
    expect(lavrov.source).toMatchObject({ name: "Kim Jong-Un", country: "North Korea" });
    expect(lavrov.target!.sectors).toContain("Foreign Ministry");
    const quads = events((await readAll("icews-quadruples.tsv.gz")).items);
    expect(quads[1]).toMatchObject({ cameo: "036", date: "2014-11-04", eventId: "line-2" });
    expect(quads[1]!.source!.name).toBe("John Kerry");
  });

  it("reports malformed rows with file, line and column, and reads the rest", async () => {
    const read = await readAll("gdelt2-malformed.tsv");
    expect(problems(read.items)).toEqual([
      { file: "gdelt2-malformed.tsv", line: 3, column: "SQLDATE (2)", reason: expect.stringContaining("2019-13-45") },
      { file: "gdelt2-malformed.tsv", line: 7, column: "EventCode (27)", reason: expect.stringContaining("CAMEO") },
      { file: "gdelt2-malformed.tsv", line: 9, column: null, reason: "40 fields, expected 61" },
    ]);
    expect(events(read.items)).toHaveLength(8);
  });

  it("refuses a file in no known layout", async () => {
    await expect(layoutOf(join(__dirname, "fixtures", "README.md"))).rejects.toThrow(LayoutError);
    expect(detectLayout("a\tb\tc")).toBeNull();
    expect(detectLayout("GLOBALEVENTID,SQLDATE,MonthYear")).toBe("gdelt1-header");
  });

  describe("hashing while reading", () => {
    const sha256 = (bytes: Buffer | string): string => createHash("sha256").update(bytes).digest("hex");

    async function readHashed(path: string): Promise<{ items: EventOrProblem[]; digest: string }> {
      const hash = createHash("sha256");
      const items: EventOrProblem[] = [];
      for await (const item of readEvents(path, await layoutOf(path), "file", hash)) items.push(item);
      return { items, digest: hash.digest("hex") };
    }

    it.each(["gdelt2-export.CSV.gz", "gdelt1-mixed-57-58.tsv"])("%s: the hash is of the file's bytes", async (name) => {
      const { items, digest } = await readHashed(fixture(name));
      expect(events(items).length).toBeGreaterThan(0);
      expect(digest).toBe(sha256(await readFile(fixture(name))));
    });

    it("hashes the whole file even when its rest is unreadable", async () => {
      const scratch = await mkdtemp(join(tmpdir(), "actorgraph-read-events-"));
      try {
        const lines = (await readFile(fixture("gdelt2-malformed.tsv"), "utf8")).split("\n").filter(Boolean);
        // A row past the reader's size limit stops the parse early, with most of the file still unread.
        const text = [lines[0], "x".repeat(100_000), ...Array<string>(300).fill(lines[1]!)].join("\n");
        const path = join(scratch, "oversized.tsv");
        await writeFile(path, text);
        const { items, digest } = await readHashed(path);
        expect(problems(items)).toEqual([
          expect.objectContaining({ file: "file", reason: expect.stringMatching(/^unreadable/) }),
        ]);
        expect(digest).toBe(sha256(text));
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    });
  });
});
