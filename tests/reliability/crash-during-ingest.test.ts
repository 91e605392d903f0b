// kill -9 of `ingest` right after it completed the ledger and while it writes the store (the
// moment is picked by watching the ledger's metadata file and the store's load marker appear):
// running the same ingest again leaves the ledger and the store exactly as one clean ingest does.

import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../../server/cli/load-command.js";
import { readArticleFile } from "../../server/ingest/article-files.js";
import { defaultExtractor } from "../../server/ingest/default-extractor.js";
import { ingestArticles } from "../../server/ingest/ingest.js";
import { IngestLedger } from "../../server/ingest/ledger.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import { cli, killAt, openAndCount, ORIGIN, type StoreCounts } from "./crash-cli.js";

const ARTICLE = [
  "Kremlin says Putin and Trump discussed Iran",
  "",
  "Kremlin spokesperson Dmitri Peskow said on Tuesday that President Vladimir Putin and President Donald Trump " +
    "discussed Iran's nuclear programme in a phone call.",
  "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat.",
].join("\n");
const META = { title: "Kremlin says Putin and Trump discussed Iran", outlet: "Test Wire", published: "2025-03-06" };

// Each case starts the real CLI (a few seconds on a busy machine) and rebuilds a store.
jest.setTimeout(90_000);

let scratch: string;
let article: string;
let loaded: string;
let expected: StoreCounts;

/** A copy of the loaded curated graph and an empty ledger folder for one run. */
async function workspace(name: string): Promise<{ db: string; ledger: string }> {
  const db = join(scratch, `${name}.lbug`);
  await copyFile(loaded, db);
  const ledger = join(scratch, `${name}-ingested`);
  await mkdir(join(ledger, "articles"), { recursive: true });
  return { db, ledger };
}

const articlesIn = async (ledger: string): Promise<string[]> =>
  (await readdir(join(ledger, "articles"))).filter((n) => n.endsWith(".meta.json"));

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-crash-ingest-"));
  article = join(scratch, "kremlin.txt");
  await writeFile(article, ARTICLE);
  await writeFile(join(scratch, "kremlin.meta.json"), JSON.stringify({ ...META, url: null }));
  loaded = join(scratch, "loaded.lbug");
  const base = await openEmbeddedStore({ path: loaded, graphCache: false });
  await loadCorpus(base, ORIGIN).finally(() => base.close());
  // The reference: one ingest that nothing interrupted (in this process, as the CLI runs it).
  const { db, ledger } = await workspace("clean");
  const store = await openEmbeddedStore({ path: db, graphCache: false });
  await ingestArticles([await readArticleFile(article)], {
    dataDir: ORIGIN.dataDir,
    ledger: new IngestLedger(ledger),
    extractor: await defaultExtractor(),
    store,
  }).finally(() => store.close());
  expected = (await openAndCount(db)).counts;
  expect(expected.articles).toBe((await openAndCount(loaded)).counts.articles + 1);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

test.each([
  // The metadata file is the ledger's last: the kill lands between a complete ledger and the store.
  ["the ledger", (_db: string, ledger: string) => ({ folder: join(ledger, "articles"), name: /\.meta\.json$/ })],
  ["the store", (db: string) => ({ folder: scratch, name: new RegExp(`^${db.slice(scratch.length + 1)}\\.loading$`) })],
])(
  "ingest killed while writing %s: the same ingest again gives a clean ingest's ledger and counts",
  async (moment, watched) => {
    const { db, ledger } = await workspace(`killed-${moment.split(" ")[1]}`);
    const args = ["ingest", article, "--db", db, "--ingested", ledger];
    const killed = await killAt(args, watched(db, ledger));
    expect(killed.signal).toBe("SIGKILL");
    const again = cli(args);
    expect(again.code === 0 ? "exit 0" : again.stderr).toBe("exit 0");
    expect(await articlesIn(ledger)).toHaveLength(1);
    expect((await openAndCount(db)).counts).toEqual(expected);
  },
);
