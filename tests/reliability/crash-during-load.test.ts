// kill -9 of `load` at each phase (progress lines on stderr pick the moment): afterwards the store
// opens as every command opens it and serves a clean load's counts, rebuilt from data/ when it has
// to be, with a line saying why; a database another process holds is reported and left alone;
// the temporary COPY files of a killed load are cleared by the next one.

import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadCorpus } from "../../server/cli/load-command.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import { cli, killAt, openAndCount, ORIGIN, stats, type StoreCounts } from "./crash-cli.js";

// Each case starts the real CLI (a few seconds on a busy machine) and rebuilds a store.
jest.setTimeout(90_000);

let scratch: string;
let clean: string;
let expected: StoreCounts;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-crash-load-"));
  clean = join(scratch, "clean.lbug");
  const store = await openEmbeddedStore({ path: clean, graphCache: false });
  await loadCorpus(store, ORIGIN).finally(() => store.close());
  expected = (await openAndCount(clean)).counts;
  expect(expected.relations).toBeGreaterThan(50);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A copy of the cleanly loaded database under a new name. */
async function loadedCopy(name: string): Promise<string> {
  const db = join(scratch, `${name}.lbug`);
  await copyFile(clean, db);
  return db;
}

/** Names beside the database: unfinished builds, load markers, a kept broken copy. */
async function besides(db: string): Promise<string[]> {
  const base = db.slice(scratch.length + 1);
  return (await readdir(scratch)).filter((n) => n.startsWith(`${base}.`) && n !== `${base}.wal`);
}

test.each([
  ["entities", /^entities: 0\//m],
  ["relations", /^relations: \d+\//m],
  ["the swap", /^mentions: (\d+)\/\1$/m],
])("load --reset killed at %s: the store on disk keeps a clean load's counts", async (phase, line) => {
  const db = await loadedCopy(`reset-${phase.replace(" ", "-")}`);
  const killed = await killAt(["load", "--reset", "--db", db], { stderr: line });
  expect(killed.signal).toBe("SIGKILL");
  const { counts, log } = await openAndCount(db);
  expect(counts).toEqual(expected);
  // The store on disk was never broken: at most an unfinished build was cleared away (or, for a
  // kill inside the swap's two renames, the swap redone).
  expect(log.filter((l) => !/^removed 1 unfinished build|\(swap in a fresh build, /.test(l))).toEqual([]);
  expect(await besides(db)).toEqual([]);
});

// Where the kill lands decides which of the two a store shows: a WAL the engine refuses, or a
// database that opens but still carries the marker of the load that did not finish.
const REBUILD_REASON =
  /: (it cannot be opened: .+|a load into it \(load, pid (\d+|unknown), started .+\) did not finish)/;

test.each([
  ["relations", /^relations: \d+\//m],
  ["mentions", /^mentions: \d+\//m],
])("a first load killed at %s is rebuilt on the next open, with a line saying why", async (phase, line) => {
  const db = join(scratch, `fresh-${phase}.lbug`);
  const killed = await killAt(["load", "--db", db], { stderr: line });
  expect(killed.signal).toBe("SIGKILL");
  const { counts, log } = await openAndCount(db);
  expect(log).toHaveLength(1);
  expect(log[0]).toMatch(/^rebuilding the embedded database .* from .* and the ledger in .*: /);
  expect(log[0]).toMatch(REBUILD_REASON);
  expect(counts).toEqual(expected);
  expect((await openAndCount(db)).log).toEqual([]);
});

test.each([
  [
    "of a process that has ended",
    () => JSON.stringify({ pid: ended(), startedAt: "2025-01-01T00:00:00Z", work: "load" }),
  ],
  ["cut short while it was written", () => ""],
])("a store with a load marker %s is rebuilt, not trusted", async (_kind, marker) => {
  const db = await loadedCopy(`marked-${_kind.split(" ")[0]}`);
  await writeFile(`${db}.loading`, marker());
  const { counts, log } = await openAndCount(db);
  expect(log).toEqual([expect.stringMatching(/a load into it \(load, pid (\d+|unknown), started .+\) did not finish/)]);
  expect(counts).toEqual(expected);
  expect(await besides(db)).toEqual([]);
});

/** The id of a process that has run and ended. */
const ended = (): number => spawnSync(process.execPath, ["-e", ""]).pid!;

test("`stats` on a store a killed load broke rebuilds it, says so on stderr and prints a clean load's counts", async () => {
  const db = join(scratch, "stats.lbug");
  const killed = await killAt(["load", "--db", db], { stderr: /^entities: \d+\//m });
  expect(killed.signal).toBe("SIGKILL");
  const result = stats(db);
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/^actorgraph: rebuilding the embedded database /m);
  expect(result.counts).toEqual(expected);
  // The broken database is kept aside for diagnosis, once.
  expect(await besides(db)).toEqual(expect.arrayContaining(["stats.lbug.broken"]));
});

test("a database another process holds is reported as in use (exit 2) and not rebuilt", async () => {
  const db = await loadedCopy("held");
  const holder = await openEmbeddedStore({ path: db, graphCache: false });
  try {
    const { code, stderr } = cli(["stats", "--db", db]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/in use by another running process/);
    expect(stderr).not.toMatch(/rebuilding/);
    // The same in this process: refused as already open, never taken for a broken file.
    await expect(openAndCount(db)).rejects.toThrow(/already open in this process/);
  } finally {
    await holder.close();
  }
  expect(await besides(db)).toEqual([]);
  expect((await openAndCount(db)).counts).toEqual(expected);
});

test("a file that is not a LadybugDB database is refused and left as it is", async () => {
  const db = join(scratch, "notes.lbug");
  await writeFile(db, "my notes, not a database\n");
  await expect(openAndCount(db)).rejects.toThrow(/is not a LadybugDB database/);
  expect(await readFile(db, "utf8")).toBe("my notes, not a database\n");
});

test("the COPY files a killed load left in the temporary folder are removed by the next load, others' kept", async () => {
  const stray = join(tmpdir(), `actorgraph-copy-${ended()}-test`);
  const live = join(tmpdir(), `actorgraph-copy-${process.ppid}-test`);
  for (const dir of [stray, live]) {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "Person-1.csv"), "alice\n");
  }
  try {
    const store = await openEmbeddedStore({ path: join(scratch, "copy.lbug"), copyThreshold: 1, graphCache: false });
    await loadCorpus(store, ORIGIN).finally(() => store.close());
    const left = await readdir(tmpdir());
    expect(left.includes(basename(stray))).toBe(false);
    expect(left.includes(basename(live))).toBe(true);
  } finally {
    await rm(live, { recursive: true, force: true });
    await rm(stray, { recursive: true, force: true });
  }
});
