// Prints the held-out fixture scores (run by hand: `npx tsx tests/ingest/extract/print-fixture-scores.ts
// [--verbose]`): precision, recall and F1 per fixture and overall, with misses and extras when verbose.

import { prf, scoreAllFixtures, totalOf } from "./fixture-score.js";

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const scores = await scoreAllFixtures();
  const fmt = (x: number): string => x.toFixed(3);
  for (const s of scores) {
    const { p, r, f1 } = prf(s);
    console.log(
      `${s.id.padEnd(28)} P ${fmt(p)} (${s.correct}/${s.predicted})  R ${fmt(r)} (${s.found}/${s.expected})  F1 ${fmt(f1)}`,
    );
    if (verbose) for (const m of s.missed) console.log(`    missed ${m}`);
    if (verbose) for (const x of s.extra) console.log(`    extra  ${x}`);
  }
  const t = totalOf(scores);
  const { p, r, f1 } = prf(t);
  console.log(
    `overall (micro)              P ${fmt(p)} (${t.correct}/${t.predicted})  R ${fmt(r)} (${t.found}/${t.expected})  F1 ${fmt(f1)}`,
  );
}

void main();
