// `actorgraph evaluate --reviews` as a user runs it, with the real extractor: an article ingested with
// a review (one relation unticked, one re-typed) is scored as the review implies, in JSON and as text;
// the flag does not combine with another part's, and a ledger without reviews is an error.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RELATION_TYPE_DEFS, type IngestReport, type RelationType } from "../../graph-schema/index.js";
import type { EvaluationReport } from "../../server/ingest/evaluate/run-evaluation.js";
import { defaultExtractor } from "../../server/ingest/default-extractor.js";
import { ingestArticles, type IngestInput } from "../../server/ingest/ingest.js";
import { IngestLedger } from "../../server/ingest/ledger.js";
import { DEFAULT_DATA_DIR } from "../../server/paths.js";
import { runCli as cli } from "../support/cli.js";

const TEXT = [
  "Kremlin spokesperson Dmitri Peskow said on Tuesday that President Vladimir Putin and President Donald Trump " +
    "discussed Iran's nuclear programme in a phone call.",
  "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat.",
  "Sergei Lavrov criticised the European Union over new sanctions on Friday.",
].join("\n");
const INPUT: IngestInput = {
  meta: { title: "Kremlin call", outlet: "Test Wire", published: "2025-03-06", url: null, language: "en" },
  text: TEXT,
};

type Shown = IngestReport["relations"][number];

/** Another type the relation's ends allow, so that correcting to it is valid. */
function otherTypeFor(report: IngestReport, relation: Shown): RelationType | undefined {
  const labelOf = (id: string) => report.entities.find((e) => e.id === id)!.type;
  const [from, to] = [labelOf(relation.source), labelOf(relation.target)];
  return RELATION_TYPE_DEFS.find(
    (d) => d.type !== relation.type && d.cameo !== null && d.from.includes(from) && d.to.includes(to),
  )?.type;
}

let scratch: string;
let ledger: string;
let preview: IngestReport;
let rejected: Shown;
let retyped: Shown;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-evaluate-reviews-"));
  ledger = join(scratch, "ingested");
  const options = { dataDir: DEFAULT_DATA_DIR, ledger: new IngestLedger(ledger), extractor: await defaultExtractor() };
  preview = (await ingestArticles([INPUT], { ...options, dryRun: true })).reports[0]!;
  retyped = preview.relations.find((r) => otherTypeFor(preview, r) !== undefined)!;
  rejected = preview.relations.find((r) => r !== retyped)!;
  const review = {
    rejectedEntities: [],
    rejectedRelations: [rejected.extracted.key],
    corrections: [{ relation: retyped.extracted.key, type: otherTypeFor(preview, retyped)! }],
  };
  await ingestArticles([{ ...INPUT, review }], options);
}, 60_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

test("--reviews scores the current extractor against the review, in JSON and as text", () => {
  // Every relation is its own fact (no two share type, ends and date), so the counts below are the review's.
  const facts = new Set(
    preview.relations.map((r) => [r.extracted.type, r.extracted.source, r.extracted.target, r.date].join()),
  );
  expect(facts.size).toBe(preview.relations.length);
  const accepted = preview.relations.length - 2;
  expect(accepted).toBeGreaterThan(0);

  const json = cli(["evaluate", "--reviews", ledger, "--json"]);
  expect(json.code).toBe(0);
  const report = JSON.parse(json.stdout) as EvaluationReport;
  expect([report.corpus, report.plover, report.gold]).toEqual([null, null, null]);
  const reviews = report.reviews!;
  expect(reviews.overall.labels).toMatchObject({ accepted, rejected: 1, corrected: 1 });
  expect(reviews.overall.relations.strict.scores.overall).toMatchObject({ tp: accepted, fp: 2, fn: 1 });
  expect(reviews.overall.unjudged.relations).toBe(0);

  const text = cli(["evaluate", "--reviews", ledger]);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain("1 reviewed article of 1 ingested");
  expect(text.stdout).toContain(`${preview.relations.length} extracted relations judged — ${accepted} accepted`);
  expect(text.stdout).toContain("Relations by rule (strict)");
  expect(text.stdout).toContain(retyped.evidence.provenance!.rule);
}, 120_000);

test("--reviews is described by --help, picks one part, and needs a reviewed article", async () => {
  expect(cli(["evaluate", "--help"]).stdout).toMatch(/--reviews \[dir\][\s\S]*analysts' reviews/);
  const both = cli(["evaluate", "--reviews", ledger, "--gold", "data/eval/storyline"]);
  expect(both.code).toBe(1);
  expect(both.stderr).toMatch(/--gold and --reviews pick different parts; give one/);
  const other = cli(["evaluate", "--reviews", ledger, "--only", "corpus"]);
  expect(other.stderr).toMatch(/--reviews goes with --only reviews/);

  const plain = join(scratch, "plain");
  const options = { dataDir: DEFAULT_DATA_DIR, ledger: new IngestLedger(plain), extractor: await defaultExtractor() };
  await ingestArticles([{ ...INPUT, text: `${TEXT}\nNothing else happened.` }], options);
  const none = cli(["evaluate", "--reviews", plain]);
  expect(none.code).toBe(1);
  expect(none.stderr).toMatch(/none of its 1 ingested articles was reviewed/);
}, 120_000);
