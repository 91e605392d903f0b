// End to end: the real evaluation with the real (rule-based) extractor on the curated corpus and
// the PLOVER sentences. The figures below are FLOORS that guard against regressions, set 0.1
// below what was measured; they are not targets. Raise them when the rules improve.

import { evaluateCommand } from "../../../server/ingest/evaluate/command.js";
import { ploverDataPresent, ploverDir } from "../../../server/ingest/evaluate/plover-data.js";
import { runEvaluation, type EvaluationReport } from "../../../server/ingest/evaluate/run-evaluation.js";

const PLOVER_PRESENT = ploverDataPresent(ploverDir());
if (!PLOVER_PRESENT)
  console.warn(`PLOVER floors skipped: no PLOVER data in ${ploverDir()} (set ACTORGRAPH_PLOVER_DIR)`);

/** Each floor is 0.1 below the figure measured when it was set (actorgraph-rules/7; corpus unchanged under /8). */
const FLOORS = {
  corpusEntityF1: 0.82, // measured 0.928
  corpusRelationLenientF1: 0.71, // measured 0.819
  corpusRelationStrictF1: 0.71, // measured 0.819
  ploverCategoryF1: 0.17, // measured 0.276 (recall 0.185: many PLOVER verbs are outside the storyline's vocabulary)
  ploverSourceAccuracy: 0.88, // measured 0.982 (56 of the 57 events whose category was found)
};

describe("the rule-based extractor", () => {
  let report: EvaluationReport;
  beforeAll(async () => {
    report = await runEvaluation({ parts: PLOVER_PRESENT ? ["corpus", "plover"] : ["corpus"] });
  }, 120_000);

  test("scores above the floors on the curated corpus (leave-one-article-out)", () => {
    const corpus = report.corpus!;
    expect(corpus.articles).toHaveLength(3);
    expect(corpus.overall.entities.overall.f1).toBeGreaterThanOrEqual(FLOORS.corpusEntityF1);
    expect(corpus.overall.relations.lenient.scores.overall.f1).toBeGreaterThanOrEqual(FLOORS.corpusRelationLenientF1);
    expect(corpus.overall.relations.strict.scores.overall.f1).toBeGreaterThanOrEqual(FLOORS.corpusRelationStrictF1);
  });

  (PLOVER_PRESENT ? test : test.skip)("scores above the floors on the PLOVER gold sentences", () => {
    const plover = report.plover!;
    expect(plover.events).toBeGreaterThan(300);
    expect(plover.coverage.inVocabulary + plover.coverage.outOfVocabulary).toBe(plover.events);
    expect(plover.categories.overall.f1).toBeGreaterThanOrEqual(FLOORS.ploverCategoryF1);
    const { found, sourceCorrect } = plover.actors;
    expect(found === 0 ? 0 : sourceCorrect / found).toBeGreaterThanOrEqual(FLOORS.ploverSourceAccuracy);
  });

  test("the command exits 1 when the PLOVER data is missing, 0 with --allow-missing-plover", async () => {
    const run = async (extra: string[]): Promise<{ code: number | undefined; out: string; err: string }> => {
      const [log, error] = [jest.spyOn(console, "log"), jest.spyOn(console, "error")];
      const write = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
      log.mockImplementation(() => undefined);
      error.mockImplementation(() => undefined);
      process.exitCode = undefined;
      try {
        await evaluateCommand().parseAsync(["--only", "plover", "--plover", "no-such-plover-dir", ...extra], {
          from: "user",
        });
        return {
          code: process.exitCode as number | undefined,
          out: log.mock.calls.flat().join("\n"),
          err: error.mock.calls.flat().join("\n"),
        };
      } finally {
        process.exitCode = undefined;
        [log, error, write].forEach((s) => s.mockRestore());
      }
    };
    const strict = await run([]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/PLOVER part skipped: no PLOVER data in .*no-such-plover-dir/);
    expect(strict.out).toContain("PLOVER part skipped");
    const allowed = await run(["--allow-missing-plover"]);
    expect(allowed.code ?? 0).toBe(0);
  });
});
