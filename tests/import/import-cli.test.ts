// `actorgraph import` as a user runs it, on the engine of this jest project (a scratch database
// when embedded): --help, a dry run that writes nothing, an import the store then holds, and a
// repeat that changes nothing.

import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/cli.js";

const fixture = (name: string): string => join(__dirname, "fixtures", name);
let scratch: string;

const where = () => [
  "--db",
  join(scratch, "graph.lbug"),
  "--ingested",
  join(scratch, "ingested"),
  "--imported",
  join(scratch, "imported"),
];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-import-cli-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("actorgraph import", () => {
  it("explains itself", () => {
    const help = cli(["import", "gdelt", "--help"]);
    expect(help.code).toBe(0);
    for (const flag of ["--dry-run", "--from", "--to", "--actor", "--root-codes", "--on-error"])
      expect(help.stdout).toContain(flag);
  });

  it("a dry run prints the summary and writes nothing", async () => {
    const run = cli(["import", "icews", fixture("icews-events.tab"), "--dry-run", ...where()]);
    expect(run.stderr).not.toMatch(/actorgraph:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rows read: 26, events imported: 26/);
    expect(run.stdout).toMatch(/relations: \d+ new, 0 updated/);
    expect(run.stdout).toContain("dry run: nothing was written");
    expect(await readdir(scratch)).toEqual([]);
  });

  it("imports into the store, and a second import changes nothing", async () => {
    const first = cli(["import", "icews", fixture("icews-events.tab"), "--json", ...where()]);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { relations: { new: number }; load: { relations: number } | null };
    expect(summary.relations.new).toBeGreaterThan(0);
    expect(summary.load?.relations).toBeGreaterThanOrEqual(summary.relations.new);
    const stats = cli(["stats", "--db", join(scratch, "graph.lbug")]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/DISCUSSED/);
    const again = cli(["import", "icews", fixture("icews-events.tab"), ...where()]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing changed");
  });

  it("lists the actor resolutions and undoes one, reloading the store", () => {
    const list = cli(["import", "decisions", "--json", ...where()]);
    expect(list.code).toBe(0);
    const decisions = JSON.parse(list.stdout) as { id: string; mention: string; entity: string }[];
    const lavrov = decisions.find((d) => d.mention === "Sergey Viktorovich Lavrov");
    expect(lavrov?.entity).toBe("sergei-lavrov");
    const undo = cli(["import", "undo", lavrov!.id, ...where()]);
    expect(undo.stderr).not.toMatch(/actorgraph:/);
    expect(undo.stdout).toContain('"Sergey Viktorovich Lavrov" is now its own entity');
    expect(cli(["import", "decisions", ...where()]).stdout).toMatch(/Sergey Viktorovich Lavrov.*UNDONE/);
  });

  it("fails on a malformed row with --on-error fail, naming file, line and column", () => {
    const run = cli([
      "import",
      "gdelt",
      fixture("gdelt2-malformed.tsv"),
      "--on-error",
      "fail",
      "--dry-run",
      ...where(),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("gdelt2-malformed.tsv:3 column SQLDATE (2)");
  });
});
