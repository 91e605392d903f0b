// Ingestion speed (`npm run bench:ingest -- --articles N --seed S`): generates seeded synthetic news
// articles (template sentences over synthetic people, real states from the reference tables and the
// storyline's verbs), times the rule-based extractor alone, then the whole ingestion into an
// in-memory embedded store. Prints figures (wall and CPU time, a digest of the extractor's outputs);
// asserts nothing.

import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { benchOptions } from "./cli-options.js";
import type { IngestMeta } from "../graph-schema/index.js";
import { loadCuratedDataset } from "../server/dataset/curated.js";
import { defaultExtractor } from "../server/ingest/default-extractor.js";
import type { ArticleInput, Extraction } from "../server/ingest/extractor.js";
import { ingestArticles } from "../server/ingest/ingest.js";
import { indexKnowledge } from "../server/ingest/knowledge-index.js";
import { IngestSession } from "../server/ingest/ingest-session.js";
import { IngestLedger } from "../server/ingest/ledger.js";
import { loadReferenceTables, type StateReference } from "../server/ingest/reference/tables.js";
import { DEFAULT_DATA_DIR } from "../server/paths.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { seededRandom } from "../graph-schema/seeded-random.js";

const USAGE = `Usage: npm run bench:ingest -- [options]

Times the rule-based extractor on seeded synthetic articles, then the whole ingestion into an
in-memory embedded store; prints articles/s, CPU time, the load average and a digest of the
extractor's output.

  --articles N     synthetic articles (default 1000)
  --seed N         random seed (default 7)
  --skip-ingest    time the extractor only
  --help           this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "7" },
    "skip-ingest": { type: "boolean", default: false },
  },
});
const articleCount = Number(flags.articles);
if (!Number.isInteger(articleCount) || articleCount < 1)
  throw new Error(`--articles must be a positive integer, got ${flags.articles}`);

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const list = (text: string): string[] => text.split("|");

const FIRST = list("Anna|Boris|Chen|Dmitri|Elena|Farid|Grace|Hassan|Ines|Jonas|Karim|Lena|Mariam|Nikolai|Olga|Rania");
const LAST = list("Abbasi|Berg|Costa|Dubois|Haddad|Ivanov|Jansen|Khan|Larsen|Moreau|Novak|Orlov|Petrov|Rossi|Sato");
const TITLES = list("Foreign Minister|President|Prime Minister|Defence Minister|spokesperson|adviser|ambassador");
const OUTLETS = list("Interfax|Bloomberg|Reuters|the Financial Post|state television|the official news agency");
const TOPICS = list("the nuclear programme|sanctions relief|a ceasefire|energy cooperation|drone deliveries|trade");
const WEEKDAYS = list("Monday|Tuesday|Wednesday|Thursday|Friday");
const MONTHS = list("January|February|March|April|May|June|July|August|September|October|November|December");

interface Person {
  name: string;
  title: string;
  state: StateReference;
}

/** One sentence about the storyline's kinds of events: talks, calls, mediation, sanctions, supplies, denials. */
const TEMPLATES: ((rng: Rng, p: Person, q: Person, s: StateReference, t: StateReference) => string)[] = [
  (rng, p, q) => `${p.title} ${p.name} met ${q.name} in ${pick(rng, q.state.capitals)} on ${pick(rng, WEEKDAYS)}.`,
  (rng, p, q) =>
    `${p.name} spoke by telephone with ${q.title} ${q.name} on ${1 + Math.floor(rng() * 28)} ${pick(rng, MONTHS)}.`,
  (_, __, ___, s, t) => `${s.name} has offered to mediate between ${t.name} and the United States.`,
  (rng, _, __, s, t) => `${s.name} imposed new sanctions on ${t.name}, ${pick(rng, OUTLETS)} reported.`,
  (rng, p, _, __, t) => `${p.title} ${p.name} urged ${t.name} to return to talks on ${pick(rng, TOPICS)}.`,
  (_, p, __, s, t) => `${p.name} said ${s.name} was ready to cooperate with ${t.name}.`,
  (rng, _, __, s, t) => `According to ${pick(rng, OUTLETS)}, ${s.name} has supplied drones to ${t.name}.`,
  (_, p) => `${p.state.demonyms[0] ?? p.state.name} ${p.title} ${p.name} declined to comment on the report.`,
  (rng, _, __, s, t) => `${s.name} rejected ${t.name}'s proposal on ${pick(rng, TOPICS)}.`,
  (_, p, q) => `${p.name} and ${q.name} discussed the situation in the Middle East.`,
  (_, __, ___, s, t) => `${s.name} and ${t.name} have not publicly acknowledged the request.`,
  (rng, p, _, s) => `${p.title} ${p.name} expressed support for ${s.name} in talks on ${pick(rng, TOPICS)}.`,
];

function syntheticArticles(count: number, seed: number): { inputs: ArticleInput[]; sentences: number } {
  const rng = seededRandom(seed);
  const states = loadReferenceTables().states.filter((s) => s.capitals.length > 0);
  const people: Person[] = Array.from({ length: 300 }, () => ({
    name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
    title: pick(rng, TITLES),
    state: pick(rng, states),
  }));
  let sentences = 0;
  const inputs = Array.from({ length: count }, (_, i) => {
    const [s, t] = [pick(rng, states), pick(rng, states)];
    const lines = Array.from({ length: 8 + Math.floor(rng() * 13) }, () =>
      capitalised(pick(rng, TEMPLATES)(rng, pick(rng, people), pick(rng, people), s, t)),
    );
    sentences += lines.length;
    const month = String(1 + Math.floor(rng() * 12)).padStart(2, "0");
    return {
      id: `bench-${i}`,
      title: `${s.name} and ${t.name}: talks on ${pick(rng, TOPICS)}`,
      text: lines.join(" "),
      published: `2025-${month}`,
    };
  });
  return { inputs, sentences };
}

const capitalised = (sentence: string): string => sentence[0]!.toUpperCase() + sentence.slice(1);
const perSecond = (n: number, ms: number): string => `${((n / Math.max(ms, 1)) * 1000).toFixed(1)}/s`;

async function main(): Promise<void> {
  const { inputs, sentences } = syntheticArticles(articleCount, Number(flags.seed));
  const curated = await loadCuratedDataset();
  const knowledge = indexKnowledge({ entities: curated.entities, relations: curated.relations });
  const extractor = await defaultExtractor();
  console.log(`${extractor.name}: ${inputs.length} synthetic articles, ${sentences} sentences (seed ${flags.seed})`);
  console.log(`sample: ${inputs[0]!.title}. ${inputs[0]!.text.slice(0, 400)}…`);

  await extractor.extract(inputs[0]!, knowledge); // warm-up: reference tables, the gazetteer of the index
  const extractions: Extraction[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const input of inputs) extractions.push(await extractor.extract(input, knowledge));
  const extractMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const relations = extractions.reduce((n, e) => n + e.relations.length, 0);
  const found = extractions.reduce((n, e) => n + e.sentences.length, 0);
  console.log(
    `extraction only: ${(extractMs / 1000).toFixed(2)} s, ${perSecond(inputs.length, extractMs)} articles, ` +
      `${perSecond(sentences, extractMs)} sentences (extractor split ${found}); ${relations} relations`,
  );
  // CPU time is steadier than wall time on a shared machine; the digest tells whether two versions
  // of the extractor give the same outputs.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const digest = createHash("sha256").update(JSON.stringify(extractions)).digest("hex").slice(0, 16);
  console.log(
    `extraction CPU time: ${(cpuMs / 1000).toFixed(2)} s, ${perSecond(inputs.length, cpuMs)} articles per CPU second; ` +
      `output digest ${digest}; load average ${loadavg()[0]!.toFixed(2)}`,
  );
  if (flags["skip-ingest"]) return;

  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-ingest-"));
  const store = await openEmbeddedStore({ path: ":memory:" });
  try {
    await store.load(curated);
    const meta = (input: ArticleInput): IngestMeta => ({
      title: input.title,
      outlet: null,
      published: input.published,
      url: null,
      language: "en",
    });
    const t = performance.now();
    const result = await ingestArticles(
      inputs.map((input) => ({ meta: meta(input), text: input.text })),
      { dataDir: DEFAULT_DATA_DIR, ledger: new IngestLedger(dir), extractor, store },
    );
    const ingestMs = performance.now() - t;
    console.log(
      `full ingest (extract, merge, ledger, in-memory embedded store): ${(ingestMs / 1000).toFixed(2)} s, ` +
        `${perSecond(inputs.length, ingestMs)} articles end to end; graph now ${result.dataset.entities.length} ` +
        `entities, ${result.dataset.relations.length} relations`,
    );
    // What one more article costs on top of that ledger: from a fresh process (the CLI reads and
    // replays the ledger), and with the merged graph kept in memory (the API's session).
    const [first, second] = syntheticArticles(2, Number(flags.seed) + 1).inputs;
    const ledger = new IngestLedger(dir);
    const options = { dataDir: DEFAULT_DATA_DIR, ledger, extractor, store };
    let t0 = performance.now();
    await ingestArticles([{ meta: meta(first!), text: first!.text }], options);
    const freshMs = performance.now() - t0;
    const session = await IngestSession.open(DEFAULT_DATA_DIR, ledger);
    t0 = performance.now();
    await ingestArticles([{ meta: meta(second!), text: second!.text }], { ...options, session });
    const keptMs = performance.now() - t0;
    console.log(
      `one more article on top of ${inputs.length} in the ledger: ${freshMs.toFixed(0)} ms from a fresh process ` +
        `(CLI), ${keptMs.toFixed(0)} ms with the merged graph kept in memory (POST /api/articles)`,
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
