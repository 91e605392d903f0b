// Negated triggers: "will not negotiate", "never met", "refused to meet", "no talks with" state
// that the act did not happen, so they yield no relation (a refusal is a trigger of its own).

import type { Token } from "./text.js";

/** Words between a negation and its verb: auxiliaries, "to", adverbs. */
const AUXILIARIES = new Set(
  "will would could can should shall may might must do does did has have had be is was are were been being to yet even ever so".split(
    " ",
  ),
);
const NEGATIONS = new Set(["not", "never", "no", "cannot", "neither", "nor", "without"]);
/** Verbs of refusal whose infinitive did not happen ("refused to meet", "declined to sanction"). */
const REFUSALS = /^(refus|declin|reject|fail|unwilling|reluctant)/;

/** True when the trigger starting at `at` is negated. */
export function negated(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  let sawTo = false;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.norm) || t.norm.endsWith("n't")) return true;
    if (sawTo && REFUSALS.test(t.norm)) return true;
    if (t.norm === "to") sawTo = true;
    if (!AUXILIARIES.has(t.norm) && !/ly$/.test(t.norm)) return false;
  }
  return false;
}

/** Modals of possibility and threat: "could trigger the snapback", "threatened to impose sanctions". */
const HYPOTHETICAL = new Set(["could", "might", "may", "would", "threaten", "threatened", "threatens", "considering"]);

/** True when the trigger at `at` is only a possibility ("could impose sanctions"), not an act. */
export function hypothetical(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const norm = tokens[k]!.norm;
    if (HYPOTHETICAL.has(norm)) return true;
    if (!AUXILIARIES.has(norm) && !/ly$/.test(norm)) return false;
  }
  return false;
}
