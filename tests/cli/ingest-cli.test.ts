// `actorgraph ingest`, `resolutions` and `evaluate` as a user runs them, with the real extractor:
// a dry run as JSON, an ingest into a fresh database, a repeat that changes nothing, a reload
// from the ledger, an undone resolution, clear errors for bad files, and the review step
// (--dry-run --json → edit → --review, then `reviews export`).

import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RELATION_TYPE_DEFS, type EntityType, type IngestReport } from "../../graph-schema/index.js";
import { loadGraphDataset } from "../../server/ingest/graph-dataset.js";
import { PROJECT_ROOT } from "../../server/paths.js";
import { runCli as cli } from "../support/cli.js";

const ARTICLE = [
  "Kremlin says Putin and Trump discussed Iran",
  "",
  "Kremlin spokesperson Dmitri Peskow said on Tuesday that President Vladimir Putin and President Donald Trump " +
    "discussed Iran's nuclear programme in a phone call.",
  "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat.",
].join("\n");

let scratch: string;
let file: string;
let db: string;
let ingested: string;
const where = () => ["--db", db, "--ingested", ingested];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-ingest-cli-"));
  file = join(scratch, "kremlin.txt");
  db = join(scratch, "graph.lbug");
  ingested = join(scratch, "ingested");
  await writeFile(file, ARTICLE);
  await writeFile(
    join(scratch, "kremlin.meta.json"),
    JSON.stringify({
      title: "Kremlin says Putin and Trump discussed Iran",
      outlet: "Test Wire",
      published: "2025-03-06",
      url: null,
    }),
  );
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

test.each(["ingest", "evaluate", "resolutions"])("%s --help explains itself", (command) => {
  const { code, stdout } = cli([command, "--help"]);
  expect(code).toBe(0);
  expect(stdout).toContain(`Usage: actorgraph ${command}`);
});

test("--dry-run --json prints entities and relations with evidence, and writes nothing", async () => {
  const { code, stdout } = cli(["ingest", file, "--dry-run", "--json", ...where()]);
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as IngestReport;
  expect(report).toMatchObject({
    dryRun: true,
    unchanged: false,
    article: { outlet: "Test Wire", published: "2025-03-06" },
  });
  const peskov = report.entities.find((e) => e.id === "dmitry-peskov");
  expect(peskov?.status).toBe("existing");
  expect(report.entities.some((e) => e.status === "new" && /Albusaidi/.test(e.name))).toBe(true);
  expect(report.relations.length).toBeGreaterThan(0);
  for (const r of report.relations) {
    expect(ARTICLE.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    expect(r.confidence).toBeGreaterThan(0);
  }
  await expect(readdir(ingested)).rejects.toThrow();
});

test("ingest writes the ledger and the store; a repeat changes nothing; a reload keeps the article", () => {
  const first = cli(["ingest", file, "--json", ...where()]);
  expect(first.code).toBe(0);
  const report = JSON.parse(first.stdout) as IngestReport;
  expect(report.unchanged).toBe(false);
  const stats = JSON.parse(cli(["stats", "--json", "--db", db]).stdout);
  // A fresh store receives the whole graph: the three curated articles and the new one.
  expect(stats.articles).toBe(4);

  const again = cli(["ingest", file, ...where()]);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/already in the graph: unchanged/);

  const fresh = join(scratch, "fresh.lbug");
  const load = JSON.parse(cli(["load", "--json", "--db", fresh, "--ingested", ingested]).stdout);
  expect(load.articles).toBe(4);
  const newEntities = report.entities.filter((e) => e.status === "new").length;
  expect(load.entities).toBe(29 + newEntities);
});

test("resolutions can be listed and undone, and the graph is rebuilt", () => {
  const list = cli(["resolutions", "list", "--json", ...where()]);
  expect(list.code).toBe(0);
  const decisions = JSON.parse(list.stdout) as { id: string; entity: string; mention: string }[];
  const peskow = decisions.find((d) => d.entity === "dmitry-peskov");
  expect(peskow).toBeDefined();
  const undo = cli(["resolutions", "undo", peskow!.id, ...where()]);
  expect(undo.code).toBe(0);
  expect(undo.stdout).toMatch(/is now its own entity/);
  const after = JSON.parse(cli(["resolutions", "list", "--json", ...where()]).stdout) as { undoneAt: string | null }[];
  expect(after.filter((d) => d.undoneAt).length).toBe(1);
});

test("bad input names the file and the field, and exits 1", async () => {
  const missing = cli(["ingest", join(scratch, "nope.txt"), "--dry-run"]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/nope\.txt: cannot read it/);
  const bad = join(scratch, "bad.txt");
  await writeFile(bad, "Some text.");
  await writeFile(join(scratch, "bad.meta.json"), JSON.stringify({ title: "x", published: "last week" }));
  const result = cli(["ingest", bad, "--dry-run"]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/bad\.meta\.json|bad\.txt: published:/);
});

test("a Markdown article's heading becomes its title and its markup is dropped", async () => {
  const md = join(scratch, "brief.md");
  await writeFile(
    md,
    "# Lavrov meets Araghchi\n\n**Sergei Lavrov** met [Abbas Araghchi](https://example.org) in Tehran.\n",
  );
  const { code, stdout } = cli(["ingest", md, "--dry-run", "--json", "--published", "2025-03-01"]);
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as IngestReport;
  expect(report.article.title).toBe("Lavrov meets Araghchi");
  const sentences = report.relations.filter((r) => r.type === "MET").map((r) => r.evidence.sentence);
  expect(sentences).toContain("Sergei Lavrov met Abbas Araghchi in Tehran.");
});

/** Another type the relation's ends allow, so that correcting to it is valid. */
function otherTypeFor(report: IngestReport, relation: IngestReport["relations"][number]): string | undefined {
  const labelOf = (id: string): EntityType => report.entities.find((e) => e.id === id)!.type;
  const [from, to] = [labelOf(relation.source), labelOf(relation.target)];
  return RELATION_TYPE_DEFS.find(
    (d) => d.type !== relation.type && d.cameo !== null && d.from.includes(from) && d.to.includes(to),
  )?.type;
}

test("review: --dry-run --json, delete one relation and retype another, --review merges what is left", async () => {
  const own = ["--db", join(scratch, "reviewed.lbug"), "--ingested", join(scratch, "reviewed")];
  const dry = cli(["ingest", file, "--dry-run", "--json", ...own]);
  expect(dry.code).toBe(0);
  const preview = JSON.parse(dry.stdout) as IngestReport;
  const correctable = preview.relations.findIndex((r) => otherTypeFor(preview, r) !== undefined);
  expect(correctable).toBeGreaterThanOrEqual(0);
  const retyped = preview.relations[correctable]!;
  const newType = otherTypeFor(preview, retyped)!;
  const dropped = preview.relations.find((r) => r !== retyped);
  expect(dropped).toBeDefined();

  const edited = structuredClone(preview);
  edited.relations = edited.relations.filter((r) => r.extracted.key !== dropped!.extracted.key);
  edited.relations.find((r) => r.extracted.key === retyped.extracted.key)!.type = newType as typeof retyped.type;
  const previewFile = join(scratch, "preview.json");
  await writeFile(previewFile, JSON.stringify(edited, null, 2));

  const run = cli(["ingest", file, "--review", previewFile, "--json", ...own]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/actorgraph:/) });
  const report = JSON.parse(run.stdout) as IngestReport;
  expect(report.appliedReview?.rejectedRelations).toEqual([dropped!.extracted.key]);
  expect(report.relations.map((r) => r.extracted.key)).not.toContain(dropped!.extracted.key);
  expect(report.relations.find((r) => r.extracted.key === retyped.extracted.key)).toMatchObject({
    type: newType,
    corrected: true,
  });

  // Rebuilt from the ledger, the rejection and the correction hold.
  const rebuilt = await loadGraphDataset(join(PROJECT_ROOT, "data"), join(scratch, "reviewed"));
  const fromArticle = rebuilt.relations.filter((r) => r.evidence.some((e) => e.article === report.article.id));
  type Shown = { type: string; source: string; target: string; evidence: { start: number } };
  const carries = ({ type, source, target, evidence }: Shown) =>
    fromArticle.some(
      (r) =>
        r.type === type &&
        r.source === source &&
        r.target === target &&
        r.evidence.some((e) => e.article === report.article.id && e.start === evidence.start),
    );
  expect(carries(dropped!)).toBe(false);
  expect(carries({ ...retyped, type: newType })).toBe(true);

  const exported = cli(["reviews", "export", ...own]);
  expect(exported.code).toBe(0);
  const examples = exported.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { label: string; key: string; gold?: { type: string } });
  expect(examples).toContainEqual(expect.objectContaining({ label: "rejected", key: dropped!.extracted.key }));
  expect(examples).toContainEqual(
    expect.objectContaining({
      label: "corrected",
      key: retyped.extracted.key,
      gold: expect.objectContaining({ type: newType }),
    }),
  );
}, 180_000);

test("review: a preview edited into nonsense names the file and the field, and writes nothing", async () => {
  expect(cli(["ingest", "--help"]).stdout).toMatch(/--review <file>[\s\S]*--dry-run --json > preview\.json/);
  const own = ["--db", join(scratch, "refused.lbug"), "--ingested", join(scratch, "refused")];
  const preview = JSON.parse(cli(["ingest", file, "--dry-run", "--json", ...own]).stdout) as IngestReport;
  const edited = { ...preview, relations: preview.relations.map((r) => ({ ...r, type: "HUGGED" })) };
  const previewFile = join(scratch, "nonsense.json");
  await writeFile(previewFile, JSON.stringify(edited));
  const run = cli(["ingest", file, "--review", previewFile, ...own]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/nonsense\.json: corrections\.0\.type/);
  await expect(readdir(join(scratch, "refused"))).rejects.toThrow();
}, 120_000);
