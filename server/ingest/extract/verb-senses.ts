// Other senses of ambiguous trigger words, as data: "called the report nonsense" names rather than
// phones, "refused to say" declines to comment, "went back" is no backing, "struck a deal" no strike.

import type { RelationType } from "../../../graph-schema/index.js";
import type { Token } from "./text.js";
import { SENSE_FILLERS } from "./lexicon.js";

interface OtherSense {
  /** The relation the trigger would give. */
  type: RelationType;
  /** The trigger word, by norm. */
  word: RegExp;
  /** Words right before the trigger that give it another sense. */
  before?: RegExp;
  /** Words right after the trigger (within `reach` tokens, determiners skipped) that do. */
  after?: RegExp;
  reach?: number;
}

const OTHER_SENSES: readonly OtherSense[] = [
  // "refused to say whether ...": declining to comment, not opposing anyone.
  {
    type: "OPPOSES",
    word: /^refus/,
    after: /^(say|comment|confirm|deny|disclose|discuss|answer|elaborate|specify|reveal|name|identify|speculate)$/,
    reach: 2,
  },
  // "failed to meet a deadline", "meets the criteria".
  {
    type: "MET",
    word: /^(meet|met|meeting|meets)$/,
    after:
      /^(deadline|deadlines|target|targets|demand|demands|requirements?|expectations?|criteria|needs|goals?|obligations?|conditions?|commitments?|standards?|threshold|costs?)$/,
    reach: 3,
  },
  // "the host country", "host nation", "hosts the summit" are no meeting between named parties.
  { type: "MET", word: /^host/, after: /^(country|nation|city|government|state|venue|role)$/, reach: 1 },
  // "went back to", "pushed back against", "back in March".
  {
    type: "SUPPORTS",
    word: /^back$/,
    before:
      /^(go|went|gone|going|come|came|coming|pull|pulled|push|pushed|roll|rolled|scale|scaled|step|stepped|fight|fought|hit|bring|brought|get|got|send|sent|look|looked|turn|turned|way|sit|sat|hold|held|set|cut|call|called|fall|fell|pay|paid|give|gave|write|wrote|talk|talked|travel|travelled|traveled|fly|flew|return|returned|walk|walked|is|was|are|were|be|been|and|far|way)$/,
  },
  { type: "SUPPORTS", word: /^back$/, after: /^(to|home|from|down|off|out|into|in|away|on|and|then|when)$/, reach: 1 },
  // "struck a deal with", "strike a balance": agreement, not force.
  {
    type: "INVADED",
    word: /^(strike|struck|striking|strikes)$/,
    after: /^(deal|deals|agreement|bargain|balance|tone|chord|compromise|note|accord|pact|truce|ceasefire)$/,
    reach: 3,
  },
  // "attacked Zelensky over his remarks", "targeted Iran with sanctions": words, not force.
  {
    type: "INVADED",
    word: /^(attack|attacked|attacking|target|targeted|targeting)$/,
    after:
      /^(over|for|remarks?|statements?|comments?|posts?|speech|interview|rhetoric|policy|policies|proposal|plan|decision|criticism|media|sanctions|tariffs|measures|restrictions|words|verbally|publicly)$/,
    reach: 4,
  },
  // "told the press", "pressing ahead".
  { type: "URGED", word: /^press/, before: /^(the|a|free|foreign|local|state|news)$/ },
  { type: "URGED", word: /^press/, after: /^(ahead|on|forward|conference|release|briefing|freedom)$/, reach: 1 },
  // "called for a ceasefire" names no one called.
  { type: "CALLED", word: /^call/, after: /^(for|off|out|into|up)$/, reach: 1 },
];

/** True when the trigger at `at` is used in one of its other senses. */
export function otherSense(type: RelationType, tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm ?? "";
  return OTHER_SENSES.some((s) => {
    if (s.type !== type || !s.word.test(word)) return false;
    if (s.before && s.before.test(tokens[at - 1]?.norm ?? "")) return true;
    if (!s.after) return false;
    let k = at + 1;
    for (let seen = 0; k < tokens.length && seen < (s.reach ?? 1); k++) {
      const norm = tokens[k]!.norm;
      if (s.after.test(norm)) return true;
      if (!SENSE_FILLERS.has(norm) && !/^\p{Ll}+ly$/u.test(norm)) seen++;
    }
    return false;
  });
}

/** Words after a phoned party that end the call's clause ("called Putin on Tuesday", "called Putin."). */
const CALL_FOLLOWERS =
  /^(on|in|at|to|and|last|this|earlier|late|later|yesterday|today|after|before|for|from|about|over|during|by|twice|again|while|amid|shortly|with|,|\.|;|:|—|-|"|\))$/;

/**
 * "called the IAEA report nonsense", "called Putin a war criminal", "called it a provocation": a
 * naming complement after the object makes "call" a verb of naming, not a telephone call.
 */
export function namingCall(tokens: readonly Token[], objectEnd: number): boolean {
  const next = tokens[objectEnd];
  return next !== undefined && !CALL_FOLLOWERS.test(next.norm);
}
