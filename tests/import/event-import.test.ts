// The import pipeline on real fixture rows, without a store: known actors resolve to the curated
// entities (and are recorded as decisions), events of one day, pair and type aggregate into one
// relation with every event kept as evidence, and importing the same file twice changes nothing.

import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importEventFiles, type ImportOptions } from "../../server/import/event-import.js";
import { ImportLedger } from "../../server/import/import-ledger.js";
import { loadImportedGraph } from "../../server/import/imported-graph.js";
import { RowError } from "../../server/import/event-row.js";
import { PROJECT_ROOT } from "../../server/paths.js";

const fixture = (name: string): string => join(__dirname, "fixtures", name);
let scratch: string;
let options: (dataset: "gdelt" | "icews") => ImportOptions;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-import-"));
  options = (dataset) => ({
    dataset,
    dataDir: join(PROJECT_ROOT, "data"),
    ingestDir: join(scratch, "ingested"),
    importDir: join(scratch, "imported"),
    now: () => new Date("2026-01-01T00:00:00Z"),
  });
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

async function contributions() {
  return new ImportLedger(join(scratch, "imported")).read();
}

describe("importEventFiles", () => {
  it("resolves ICEWS named people and sectors to the curated entities, recorded as undoable decisions", async () => {
    const summary = await importEventFiles([fixture("icews-events.tab")], options("icews"));
    expect(summary.files[0]).toMatchObject({ rowsRead: 26, eventsImported: 26 });
    const [c] = await contributions();
    const lavrov = c!.relations.find((r) => r.type === "DISCUSSED" && r.target === "sergei-lavrov");
    expect(lavrov?.source).toBe("kim-jong-un");
    expect(c!.aliases["sergei-lavrov"]).toContain("Sergey Viktorovich Lavrov");
    expect(c!.relations.some((r) => r.source === "donald-trump" || r.target === "donald-trump")).toBe(true);
    const decisions = await new ImportLedger(join(scratch, "imported")).readDecisions();
    expect(decisions).toContainEqual(
      expect.objectContaining({
        mention: "Sergey Viktorovich Lavrov",
        entity: "sergei-lavrov",
        method: "transliteration",
      }),
    );
    // An organisation of a state keeps its state; the new entities are not duplicates of curated ones.
    expect(c!.entities.find((e) => e.id === "foreign-affairs-russia")).toMatchObject({
      type: "Organization",
      country: "russia",
    });
    expect(c!.entities.map((e) => e.id)).not.toContain("russia");
  });

  it("maps GDELT codes: the country code and its government to the State, other roles to an organisation of it", async () => {
    await importEventFiles([fixture("gdelt1-georgia-header.csv.gz")], options("gdelt"));
    const [c] = await contributions();
    const ends = new Set(c!.relations.flatMap((r) => [r.source, r.target]));
    expect(ends).toContain("russia");
    expect(c!.aliases["russia"]).toEqual(expect.arrayContaining(["RUS", "RUSGOV"]));
    expect(c!.entities.find((e) => e.id === "georgia")).toMatchObject({
      type: "State",
      iso3: "GEO",
      aliases: expect.arrayContaining(["GEOGOV"]),
    });
    const ofStates = c!.entities.filter((e) => e.type === "Organization" && e.country !== null);
    expect(ofStates.length).toBeGreaterThan(0);
    for (const org of ofStates) expect(org.name).toMatch(/ \((Russia|Georgia|[A-Z][\w ]+)\)$/);
  });

  it("aggregates events of one day, pair and type into one relation, each event kept as evidence", async () => {
    await importEventFiles([fixture("gdelt1-georgia-header.csv.gz")], options("gdelt"));
    const [c] = await contributions();
    // Three 173 (arrest) events of Russia against Georgia's government on 2011-07-07 in the fixture.
    const coerced = c!.relations.find((r) => r.type === "COERCED" && r.source === "russia" && r.date === "2011-07-07");
    expect(coerced?.evidence).toHaveLength(3);
    expect(coerced!.topic).toMatch(/^3 events: 173 /);
    for (const e of coerced!.evidence)
      expect(e.event).toMatchObject({ dataset: "gdelt", cameo: "173", quadClass: 4, goldstein: expect.any(Number) });
    expect(new Set(coerced!.evidence.map((e) => e.event!.eventId)).size).toBe(3);
    const withUrl = c!.relations.flatMap((r) => r.evidence).find((e) => e.event?.url);
    expect(withUrl?.event?.url).toMatch(/^https?:\/\//);
  });

  it("changes nothing when the same file is imported again", async () => {
    const first = await importEventFiles([fixture("gdelt2-export.CSV.gz")], options("gdelt"));
    expect(first.relations.new).toBeGreaterThan(0);
    const files = await readdir(join(scratch, "imported"));
    const second = await importEventFiles([fixture("gdelt2-export.CSV.gz")], options("gdelt"));
    expect(second).toMatchObject({ unchanged: true, relations: { new: 0, updated: 0 }, entities: { new: 0 } });
    expect(await readdir(join(scratch, "imported"))).toEqual(files);
  });

  it("recognises a file imported before under another name: the same source, nothing new, nothing lost", async () => {
    await importEventFiles([fixture("gdelt2-export.CSV.gz")], options("gdelt"));
    const [before] = await contributions();
    const renamed = join(scratch, "renamed.CSV.gz");
    await writeFile(renamed, await readFile(fixture("gdelt2-export.CSV.gz")));
    const again = await importEventFiles([renamed], options("gdelt"));
    expect(again).toMatchObject({ relations: { new: 0, updated: 0 }, entities: { new: 0 } });
    const after = await contributions();
    expect(after.map((c) => c.source.id)).toEqual([before!.source.id]);
    expect(after[0]!.source.file).toBe("renamed.CSV.gz");
    expect(before!.entities.length).toBeGreaterThan(0);
    expect(after[0]!.entities).toEqual(before!.entities);
    expect(after[0]!.relations).toEqual(before!.relations);
  });

  it("a file replaced under its name is another source, resolved against the first one's entities", async () => {
    const rows = (await readFile(fixture("gdelt1-mixed-57-58.tsv"), "utf8")).split("\n").filter(Boolean);
    const path = join(scratch, "events.tsv");
    await writeFile(path, rows.slice(0, 10).join("\n") + "\n");
    await importEventFiles([path], options("gdelt"));
    await writeFile(path, rows.join("\n") + "\n");
    await importEventFiles([path], options("gdelt"));
    const [first, second] = await contributions();
    expect(second!.source.id).not.toBe(first!.source.id);
    expect(first!.entities.length).toBeGreaterThan(0);
    const createdFirst = new Set(first!.entities.map((e) => e.id));
    expect(second!.entities.filter((e) => createdFirst.has(e.id))).toEqual([]);
  });

  it("a dry run writes nothing; filters skip with their reason", async () => {
    const summary = await importEventFiles([fixture("gdelt1-mixed-57-58.tsv")], {
      ...options("gdelt"),
      dryRun: true,
      filter: { from: "2016-01-01", rootCodes: ["01", "04"] },
    });
    expect(summary.files[0]!.skipped["before --from"]).toBeGreaterThan(0);
    expect(summary.files[0]!.skipped["outside --root-codes"]).toBeGreaterThan(0);
    expect(await readdir(join(scratch)).then((n) => n.includes("imported"))).toBe(false);
  });

  it("--actor keeps only events with that actor, by code or by entity id", async () => {
    await importEventFiles([fixture("gdelt1-georgia-header.csv.gz")], {
      ...options("gdelt"),
      filter: { actors: ["rus"] },
    });
    const [c] = await contributions();
    expect(c!.relations.length).toBeGreaterThan(0);
    for (const r of c!.relations) expect([r.source, r.target]).toContain("russia");
    const byId = await importEventFiles([fixture("gdelt1-georgia-header.csv.gz")], {
      ...options("gdelt"),
      dryRun: true,
      filter: { actors: ["georgia"] },
    });
    expect(byId.files[0]!.skipped["outside --actor"]).toBeGreaterThan(0);
    expect(byId.files[0]!.eventsImported).toBeGreaterThan(0);
  });

  it("keeps two different events that reuse one GDELT id, and each only once", async () => {
    const rows = (await readFile(fixture("gdelt1-mixed-57-58.tsv"), "utf8")).split("\n").filter(Boolean);
    const twoActors = rows.map((r) => r.split("\t")).find((f) => f[7] && f[17] && f[7] !== f[17])!;
    const reused = [...twoActors];
    reused[1] = "20160727"; // another day, so another relation
    const file = join(scratch, "reused-id.tsv");
    await writeFile(file, [twoActors, reused, twoActors].map((f) => f.join("\t")).join("\n") + "\n");
    const summary = await importEventFiles([file], { ...options("gdelt"), dryRun: true });
    expect(summary.files[0]).toMatchObject({
      rowsRead: 3,
      eventsImported: 2,
      skipped: { "event repeated in the file": 1 },
    });
  });

  it("skips a malformed row and reports it, or fails the whole import with --on-error fail", async () => {
    const summary = await importEventFiles([fixture("gdelt2-malformed.tsv")], options("gdelt"));
    expect(summary.files[0]!.skipped["malformed row"]).toBe(3);
    expect(summary.files[0]!.problems[0]).toMatchObject({ line: 3, column: "SQLDATE (2)" });
    await rm(join(scratch, "imported"), { recursive: true });
    await expect(
      importEventFiles([fixture("gdelt2-malformed.tsv")], { ...options("gdelt"), onError: "fail" }),
    ).rejects.toThrow(RowError);
    expect(await contributions()).toEqual([]);
  });

  it("an undone resolution splits the actor off with its events; importing again keeps it split", async () => {
    await importEventFiles([fixture("icews-events.tab")], options("icews"));
    const ledger = new ImportLedger(join(scratch, "imported"));
    const decisions = await ledger.readDecisions();
    const lavrov = decisions.find((d) => d.entity === "sergei-lavrov")!;
    await ledger.writeDecisions(decisions.map((d) => (d === lavrov ? { ...d, undoneAt: "2026-01-02T00:00:00Z" } : d)));
    const graph = await loadImportedGraph(
      join(PROJECT_ROOT, "data"),
      join(scratch, "ingested"),
      join(scratch, "imported"),
    );
    const split = graph.entities.find((e) => e.id === "sergey-viktorovich-lavrov");
    expect(split).toMatchObject({ type: "Person", name: "Sergey Viktorovich Lavrov" });
    expect(graph.entities.find((e) => e.id === "sergei-lavrov")!.aliases).not.toContain("Sergey Viktorovich Lavrov");
    const talks = graph.relations.filter((r) => r.type === "DISCUSSED" && r.source === "kim-jong-un");
    expect(talks.map((r) => r.target)).toEqual(["sergey-viktorovich-lavrov"]);
    expect(
      graph.relations.some(
        (r) => r.sources.some((s) => s.startsWith("icews-")) && [r.source, r.target].includes("sergei-lavrov"),
      ),
    ).toBe(false);
    const again = await importEventFiles([fixture("icews-events.tab")], options("icews"));
    expect(again.unchanged).toBe(true);
  });

  it("refuses an ICEWS file given as GDELT", async () => {
    await expect(importEventFiles([fixture("icews-events.tab")], options("gdelt"))).rejects.toThrow(/import icews/);
  });
});
