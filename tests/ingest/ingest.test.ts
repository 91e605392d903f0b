// Ingestion end to end on the engine of this jest project (embedded, or the test run's Neo4j): a new article merged into the curated graph
// (resolution, corroboration, new facts, a detected dispute), idempotence, dry runs, replay
// from the ledger, and undoing a resolution. Extraction is scripted so merging is what is tested.

import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { relationId } from "../../server/dataset/relation-id.js";
import { loadGraphDataset } from "../../server/ingest/graph-dataset.js";
import { ingestArticles, type IngestInput } from "../../server/ingest/ingest.js";
import { IngestSession } from "../../server/ingest/ingest-session.js";
import { IngestLedger } from "../../server/ingest/ledger.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { DEFAULT_DATA_DIR } from "../../server/paths.js";
import { openTestStore } from "../support/test-engine.js";
import { scriptedExtractor } from "./scripted-extractor.js";

const TEXT = [
  "Kremlin spokesman Dmitri Peskov said on Monday that Moscow stood ready to help.",
  "Trump spoke with Putin by phone in February, officials said.",
  "Elena Marchetti, an Italian envoy, met Peskov in Rome.",
  "Iran has not publicly acknowledged the Russian offer.",
].join(" ");

const input: IngestInput = {
  meta: { title: "Moscow ready to help", outlet: "Test Wire", published: "2025-02-24", url: null, language: "en" },
  text: TEXT,
};

const extractor = scriptedExtractor({
  entities: [
    {
      id: "dmitry-peskov",
      name: "Dmitry Peskov",
      type: "Person",
      status: "existing",
      method: "transliteration",
      spelling: "Dmitri Peskov",
    },
    { id: "russia", name: "Russia", type: "State", status: "existing", method: "stand-in", spelling: "Moscow" },
    { id: "donald-trump", name: "Donald Trump", type: "Person", status: "existing", spelling: "Trump" },
    { id: "vladimir-putin", name: "Vladimir Putin", type: "Person", status: "existing", spelling: "Putin" },
    { id: "elena-marchetti", name: "Elena Marchetti", type: "Person", status: "new" },
    { id: "iran", name: "Iran", type: "State", status: "existing" },
  ],
  relations: [
    {
      type: "CALLED",
      source: "donald-trump",
      target: "vladimir-putin",
      sentence: "Trump spoke with Putin by phone in February, officials said.",
      trigger: "spoke with",
      date: "2025-02",
    },
    {
      type: "MET",
      source: "elena-marchetti",
      target: "dmitry-peskov",
      sentence: "Elena Marchetti, an Italian envoy, met Peskov in Rome.",
      trigger: "met",
      date: "2025-02-24",
      dateBasis: "publication",
    },
  ],
  cues: [
    {
      kind: "not-acknowledged",
      sentence: "Iran has not publicly acknowledged the Russian offer.",
      trigger: "has not publicly acknowledged",
      about: { type: "OFFERED_MEDIATION", source: "russia", target: "iran" },
      position: "Iran has not publicly acknowledged the Russian offer",
    },
  ],
});

let dir: string;
let store: GraphStore;
let ledger: IngestLedger;
const CALL_ID = relationId({
  type: "CALLED",
  source: "donald-trump",
  target: "vladimir-putin",
  date: "2025-02-12",
  place: null,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-ingest-"));
  ledger = new IngestLedger(join(dir, "ingested"));
  store = await openTestStore();
  await store.load(await loadCuratedDataset(), { reset: true });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const ingest = (dryRun = false) =>
  ingestArticles([input], { dataDir: DEFAULT_DATA_DIR, ledger, extractor, store, dryRun });

test("a new article is merged: resolved mentions, a corroborated relation, a new one, a detected dispute", async () => {
  const before = await store.counts();
  const curatedCall = (await store.relation(CALL_ID))!;
  const { reports } = await ingest();
  const report = reports[0]!;
  const id = report.article.id;

  const peskov = report.entities.find((e) => e.id === "dmitry-peskov")!;
  expect(peskov).toMatchObject({ status: "existing", resolution: { method: "transliteration" } });
  expect(report.entities.find((e) => e.name === "Elena Marchetti")).toMatchObject({ status: "new", type: "Person" });

  const call = report.relations.find((r) => r.type === "CALLED")!;
  expect(call).toMatchObject({ id: CALL_ID, status: "corroborates" });
  expect(report.relations.find((r) => r.type === "MET")!.status).toBe("new");

  const stored = (await store.relation(CALL_ID))!;
  expect(stored.sources).toContain(id);
  expect(stored.evidence.map((e) => e.sentence)).toContain(
    "Trump spoke with Putin by phone in February, officials said.",
  );
  // A source that does not repeat the others adds one independent confirmation.
  expect(stored.sources).toHaveLength(curatedCall.sources.length + 1);
  expect(stored.independentSources).toBe(curatedCall.independentSources + 1);

  const after = await store.counts();
  expect(after.totalEntities).toBe(before.totalEntities + 1);
  expect(after.totalRelations).toBe(before.totalRelations + 1);
  expect(after.articles).toBe(before.articles + 1);

  expect(report.disputes).toHaveLength(1);
  const dispute = report.disputes[0]!;
  expect(dispute.claims[1]!.evidence[0]!.sentence).toBe("Iran has not publicly acknowledged the Russian offer.");
  expect(dispute.claims[0]!.evidence.length).toBeGreaterThan(0);
  expect((await store.disputes()).map((d) => d.id)).toContain(dispute.id);

  // The spelling the article used reached the stored entity as an alias.
  expect((await store.entity("dmitry-peskov"))!.aliases).toContain("Dmitri Peskov");

  const article = (await store.article(id))!;
  expect(article.outlet).toBe("Test Wire");
  const evidence = stored.evidence.find((e) => e.article === id)!;
  expect(article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
});

test("ingesting the same article again changes nothing", async () => {
  await ingest();
  const counts = await store.counts();
  const files = await readdir(join(dir, "ingested", "articles"));
  const { reports } = await ingestArticles([{ ...input, text: `${TEXT}\n` }], {
    dataDir: DEFAULT_DATA_DIR,
    ledger,
    extractor,
    store,
  });
  expect(reports[0]!.unchanged).toBe(true);
  expect(await store.counts()).toEqual(counts);
  expect(await readdir(join(dir, "ingested", "articles"))).toEqual(files);
});

test("a curated article's own text is recognised as already present", async () => {
  const curated = (await loadCuratedDataset()).articles[0]!;
  const { reports } = await ingestArticles([{ meta: { ...input.meta, title: "again" }, text: curated.text }], {
    dataDir: DEFAULT_DATA_DIR,
    ledger,
    extractor,
    store,
  });
  expect(reports[0]).toMatchObject({ unchanged: true, article: { id: curated.id } });
});

test("a dry run reports what would change and writes nothing", async () => {
  const counts = await store.counts();
  const { reports } = await ingest(true);
  expect(reports[0]!.relations.map((r) => r.status).sort()).toEqual(["corroborates", "new"]);
  expect(await store.counts()).toEqual(counts);
  await expect(readdir(join(dir, "ingested"))).rejects.toThrow();
});

test("the graph rebuilt from the ledger is the graph the store received", async () => {
  const { dataset } = await ingest();
  const rebuilt = await loadGraphDataset(DEFAULT_DATA_DIR, join(dir, "ingested"));
  expect(rebuilt).toEqual(dataset);
  expect(rebuilt.entities.find((e) => e.id === "dmitry-peskov")!.aliases).toContain("Dmitri Peskov");
});

test("undoing a resolution splits the mention off as its own entity and keeps every spelling", async () => {
  await ingest();
  const decisions = await ledger.readDecisions();
  const peskow = decisions.find((d) => d.entity === "dmitry-peskov")!;
  expect(peskow).toMatchObject({ method: "transliteration", mention: "Dmitri Peskov" });
  await ledger.writeDecisions(decisions.map((d) => (d.id === peskow.id ? { ...d, undoneAt: "2025-03-01" } : d)));

  const rebuilt = await loadGraphDataset(DEFAULT_DATA_DIR, join(dir, "ingested"));
  const split = rebuilt.entities.find((e) => e.name === "Dmitri Peskov")!;
  expect(split).toMatchObject({ type: "Person", id: "dmitri-peskov" });
  const peskov = rebuilt.entities.find((e) => e.id === "dmitry-peskov")!;
  expect(peskov.aliases).not.toContain("Dmitri Peskov");
  // Spellings the curated data already had stay.
  expect(peskov.aliases).toContain("Dmitri Peskow");
  const met = rebuilt.relations.find((r) => r.type === "MET" && r.source === "elena-marchetti")!;
  expect(met.target).toBe("dmitri-peskov");
});

test("a kept session notices what another process ingested, and a dry run leaves it untouched", async () => {
  const session = await IngestSession.open(DEFAULT_DATA_DIR, ledger);
  const preview = await ingestArticles([input], {
    dataDir: DEFAULT_DATA_DIR,
    ledger,
    extractor,
    store,
    session,
    dryRun: true,
  });
  expect(preview.reports[0]!.unchanged).toBe(false);
  expect(session.dataset.articles).toHaveLength(3);
  expect(await session.isCurrent()).toBe(true);

  // Another writer (no session: it reads the files itself) ingests the same article.
  await ingest();
  expect(await session.isCurrent()).toBe(false);
  const again = await ingestArticles([input], { dataDir: DEFAULT_DATA_DIR, ledger, extractor, store, session });
  expect(again.reports[0]!.unchanged).toBe(true);
});
