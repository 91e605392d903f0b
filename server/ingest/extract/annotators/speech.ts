// Annotator of the speech layer: quotations and reported speech, their speakers and what they are
// about (speech.ts); a dispute cue's words and a negated or passive verb are no statement.

import type { Annotator } from "../annotated-sentence.js";
import { inScope, type NegationSpan } from "../negation.js";
import { analyseSpeech } from "../speech.js";
import type { Token } from "../text.js";
import { triggerBlocked } from "../trigger-slots.js";

/** "not", a negated verb ("did not say"), a passive ("is said to"). */
function notStatement(tokens: readonly Token[], negation: readonly NegationSpan[], k: number): boolean {
  const previous = tokens[k - 1]?.norm ?? "";
  return (
    tokens[k]!.norm === "not" || inScope(negation, "negated", k) || /^(is|are|was|were|been|being)$/.test(previous)
  );
}

export const speechAnnotator: Annotator<"speech"> = {
  id: "speech",
  reads: ["mentions", "groups", "cues", "negation"],
  writes: "speech",
  annotate(s) {
    const { tokens, headline, isMedia, affiliation } = s.context;
    const blocked = triggerBlocked(tokens, s.layer("mentions"), headline);
    // A cue's own words ("rejected claims", "refused to confirm") are neither acts nor statements.
    const inCue = new Uint8Array(tokens.length);
    for (const f of s.layer("cues")) inCue.fill(1, f.first, f.end);
    const negation = s.layer("negation");
    const speechBlocked = (k: number): boolean => blocked(k) || inCue[k] === 1 || notStatement(tokens, negation, k);
    return analyseSpeech(tokens, s.layer("groups"), isMedia, affiliation, speechBlocked);
  },
};
