// Where an unknown capitalised name ends: a capitalised run, with a hyphenated lower-case part
// ("Lee Jae-myung") and without a state or body said of it after "of" ("Vucic of Serbia").

import { ORGANIZATION_HEADS } from "./lexicon.js";
import { longestName } from "./name-lookup.js";
import { capitalisedRun, type SentenceScan } from "./sentence-scan.js";
import type { Token } from "./text.js";

/** End (exclusive) of the name that starts at token i. */
export function nameEnd(scan: SentenceScan, i: number): number {
  return ofStateTrimmed(scan, i, hyphenatedEnd(scan.tokens, capitalisedRun(scan.tokens, i)));
}

/** "Lee Jae-myung": a lower-case part glued to a name by a hyphen belongs to it. */
function hyphenatedEnd(tokens: readonly Token[], end: number): number {
  let j = end;
  while (
    tokens[j]?.norm === "-" &&
    tokens[j + 1]?.word &&
    tokens[j]!.start === tokens[j - 1]!.end &&
    tokens[j + 1]!.start === tokens[j]!.end
  )
    j += 2;
  return j;
}

/**
 * "President Aleksandar Vucic of Serbia", "Repsol of Spain": a known state or body after "of" is
 * said of the name, not part of it, unless the name is an organization's ("Bank of Russia").
 */
function ofStateTrimmed(scan: SentenceScan, i: number, end: number): number {
  for (let k = i + 1; k < end - 1; k++) {
    if (scan.tokens[k]!.norm !== "of" || ORGANIZATION_HEADS.has(scan.tokens[k - 1]!.norm)) continue;
    const tail = longestName(scan.gazetteer, scan.tokens, k + 1);
    if (tail?.entries.some((e) => e.candidate.type === "State" || e.candidate.type === "Organization")) return k;
  }
  return end;
}
