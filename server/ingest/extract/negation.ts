// Negated triggers: "will not negotiate", "never met", "refused to meet", "no talks with" state
// that the act did not happen, so they yield no relation (a refusal is a trigger of its own).

import type { Token } from "./text.js";
import { HYPOTHETICAL_MARKERS, NEGATION_BRIDGES, NEGATIONS, REFUSALS } from "./lexicon.js";

/** True when the trigger starting at `at` is negated. */
export function negated(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  let sawTo = false;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.norm) || t.norm.endsWith("n't")) return true;
    if (sawTo && REFUSALS.has(t.lemma)) return true;
    if (t.norm === "to") sawTo = true;
    if (!NEGATION_BRIDGES.has(t.norm) && !/ly$/.test(t.norm)) return false;
  }
  return false;
}

/** True when the trigger at `at` is only a possibility ("could impose sanctions"), not an act. */
export function hypothetical(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const norm = tokens[k]!.norm;
    if (HYPOTHETICAL_MARKERS.has(norm)) return true;
    if (!NEGATION_BRIDGES.has(norm) && !/ly$/.test(norm)) return false;
  }
  return false;
}
