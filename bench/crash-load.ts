// kill -9 at random moments (`npx tsx bench/crash-load.ts --tries 10 --seed 7`): for `load --reset`
// on a loaded store, a first `load` into a new file and `ingest` of one article, each try kills the
// real CLI a random time after its first progress line (within the span a clean run's work took),
// then opens the store as every command does and compares its counts with a clean run's.

import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchOptions } from "./cli-options.js";
import { seededRandom } from "../graph-schema/seeded-random.js";
import { cli, killAt, openAndCount, type StoreCounts } from "../tests/reliability/crash-cli.js";

const USAGE = `Usage: npx tsx bench/crash-load.ts [options]

Kills the real CLI with kill -9 at random moments (load --reset on a loaded store, a first
load into a new file, ingest of one article), opens the store as every command does and
compares its counts with a clean run's.

  --tries N   tries per kind of work (default 10)
  --seed N    random seed (default 7)
  --help      this text`;

const { values: flags } = benchOptions(USAGE, {
  options: { tries: { type: "string", default: "10" }, seed: { type: "string", default: "7" } },
});
const tries = Number(flags.tries);
if (!Number.isInteger(tries) || tries < 1) throw new Error(`--tries must be a positive integer, got ${flags.tries}`);
const random = seededRandom(Number(flags.seed));

const ARTICLE =
  "Kremlin says Putin and Trump discussed Iran\n\nKremlin spokesperson Dmitri Peskow said on Tuesday that President " +
  "Vladimir Putin and President Donald Trump discussed Iran's nuclear programme in a phone call.\n" +
  "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat.\n";

/** One kind of interrupted work: how to prepare a try, the command to kill, how to recover. */
interface Scenario {
  name: string;
  /** Files for try `i`; returns the database and the command's arguments. */
  prepare: (i: number) => Promise<{ db: string; args: string[] }>;
  /** What a user does after the crash, before looking (null: nothing, just open the store); its stderr. */
  recover: ((args: string[]) => string) | null;
}

interface Outcome {
  killedMidWork: boolean;
  recovered: boolean;
  identical: boolean;
  rebuilt: boolean;
}

async function runScenario(scenario: Scenario): Promise<Outcome[]> {
  const reference = await scenario.prepare(0);
  const clean = await killAt(reference.args, { afterMs: Infinity });
  if (clean.code !== 0) throw new Error(`${scenario.name}: the clean run failed: ${clean.stderr}`);
  const expected = (await openAndCount(reference.db)).counts;
  // The work itself: from the first progress line to the end.
  const span = clean.elapsedMs - (clean.firstOutputMs ?? 0);
  const outcomes: Outcome[] = [];
  for (let i = 1; i <= tries; i++) {
    const { db, args } = await scenario.prepare(i);
    const at = random() * span;
    const killed = await killAt(args, { afterOutputMs: at });
    outcomes.push(await check(scenario, db, args, killed.signal === "SIGKILL", expected));
    process.stderr.write(`${scenario.name} ${i}/${tries}: kill ${Math.round(at)} ms into the work\n`);
  }
  return outcomes;
}

async function check(
  scenario: Scenario,
  db: string,
  args: string[],
  killedMidWork: boolean,
  expected: StoreCounts,
): Promise<Outcome> {
  try {
    const said = scenario.recover?.(args) ?? "";
    const { counts, log } = await openAndCount(db);
    const identical = JSON.stringify(counts) === JSON.stringify(expected);
    const rebuilt = /rebuilding the embedded database/.test(said) || log.some((l) => l.startsWith("rebuilding"));
    return { killedMidWork, recovered: true, identical, rebuilt };
  } catch (error) {
    process.stderr.write(`  not recovered: ${(error as Error).message}\n`);
    return { killedMidWork, recovered: false, identical: false, rebuilt: false };
  }
}

async function main(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), "actorgraph-crash-bench-"));
  const loaded = join(scratch, "loaded.lbug");
  if (cli(["load", "--db", loaded]).code !== 0) throw new Error("the initial load failed");
  const article = join(scratch, "kremlin.txt");
  await writeFile(article, ARTICLE);
  await writeFile(
    join(scratch, "kremlin.meta.json"),
    JSON.stringify({ title: "Kremlin says Putin and Trump discussed Iran", outlet: "Bench", published: "2025-03-06" }),
  );
  const copy = async (name: string): Promise<string> => {
    const db = join(scratch, name);
    await copyFile(loaded, db);
    return db;
  };
  const scenarios: Scenario[] = [
    {
      name: "load --reset on a loaded store",
      prepare: async (i) => {
        const db = await copy(`reset-${i}.lbug`);
        return { db, args: ["load", "--reset", "--db", db] };
      },
      recover: null,
    },
    {
      name: "first load into a new file",
      prepare: async (i) => {
        const db = join(scratch, `fresh-${i}.lbug`);
        return { db, args: ["load", "--db", db] };
      },
      recover: null,
    },
    {
      name: "ingest, then the same ingest again",
      prepare: async (i) => {
        const db = await copy(`ingest-${i}.lbug`);
        const ledger = join(scratch, `ingested-${i}`);
        await mkdir(ledger, { recursive: true });
        return { db, args: ["ingest", article, "--db", db, "--ingested", ledger] };
      },
      recover: (args) => {
        const again = cli(args);
        if (again.code !== 0) throw new Error(`ingest again failed: ${again.stderr.trim()}`);
        return again.stderr;
      },
    },
  ];
  const rows: string[][] = [["work killed", "tries", "killed mid-work", "recovered", "identical counts", "rebuilt"]];
  for (const scenario of scenarios) {
    const outcomes = await runScenario(scenario);
    const n = (pick: (o: Outcome) => boolean): string => String(outcomes.filter(pick).length);
    rows.push([
      scenario.name,
      String(outcomes.length),
      n((o) => o.killedMidWork),
      n((o) => o.recovered),
      n((o) => o.identical),
      n((o) => o.rebuilt),
    ]);
  }
  const leftovers = (await readdir(scratch)).filter((n) => n.includes(".build-") || n.endsWith(".loading"));
  await rm(scratch, { recursive: true, force: true });
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`);
  console.log(`\nbuild files or load markers left behind after recovery: ${leftovers.length} ${leftovers.join(" ")}`);
}

await main();
