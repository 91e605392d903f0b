// Triggers inside an indirect question after a verb of saying ("did not say whether Caracas would
// suspend ..."): what is asked about is not stated.

import { CLAUSE_STOPS, INDIRECT_QUESTION_OPENERS, SAYING_FORMS } from "./lexicon.js";
import type { Token } from "./text.js";

/** Reach back from a trigger to the word opening an indirect question ("did not say whether Caracas would suspend"). */
const QUESTION_REACH = 10;

/** The trigger is inside an indirect question: asked about, not stated. */
export function indirectQuestionAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= QUESTION_REACH; k--) {
    const norm = tokens[k]!.norm;
    // "did not say whether": a question left open by the speaker; "a question about whether" may be answered.
    if (INDIRECT_QUESTION_OPENERS.has(norm)) return SAYING_FORMS.has(tokens[k - 1]?.norm ?? "");
    if (norm === "," || norm === '"' || CLAUSE_STOPS.has(norm)) return false;
  }
  return false;
}
