// Negated triggers: "will not negotiate", "never met", "refused to meet", "no talks with" state
// that the act did not happen, so they yield no relation (a refusal is a trigger of its own).

import type { Token } from "./text.js";
import { HYPOTHETICAL_MARKERS, NEGATION_BRIDGES, NEGATIONS, REFUSALS } from "./lexicon.js";

/** A negation ("not" … "agree") or a possibility ("could" … "impose"): from the cue to the word in its scope. */
export interface NegationSpan {
  kind: "negated" | "hypothetical";
  /** Token index of the cue ("not", "never", "refused", "could"). */
  first: number;
  /** Token index of the word it negates or makes hypothetical, plus one. */
  end: number;
}

/** Index of the cue that negates the word at `at`, or -1. */
function negationCue(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  let sawTo = false;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.norm) || t.norm.endsWith("n't")) return k;
    if (sawTo && REFUSALS.has(t.lemma)) return k;
    if (t.norm === "to") sawTo = true;
    if (!NEGATION_BRIDGES.has(t.norm) && !/ly$/.test(t.norm)) return -1;
  }
  return -1;
}

/** Index of the marker that makes the word at `at` only a possibility ("could impose sanctions"), or -1. */
function hypotheticalCue(tokens: readonly Token[], at: number): number {
  for (let k = at - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const norm = tokens[k]!.norm;
    if (HYPOTHETICAL_MARKERS.has(norm)) return k;
    if (!NEGATION_BRIDGES.has(norm) && !/ly$/.test(norm)) return -1;
  }
  return -1;
}

/** Every word of the sentence that a negation or a possibility marker has in its scope. */
export function findNegations(tokens: readonly Token[]): NegationSpan[] {
  const spans: NegationSpan[] = [];
  for (let at = 1; at < tokens.length; at++) {
    const negator = negationCue(tokens, at);
    if (negator >= 0) spans.push({ kind: "negated", first: negator, end: at + 1 });
    const marker = hypotheticalCue(tokens, at);
    if (marker >= 0) spans.push({ kind: "hypothetical", first: marker, end: at + 1 });
  }
  return spans;
}

/** True when a span of `kind` has the word at `at` in its scope. */
export function inScope(spans: readonly NegationSpan[], kind: NegationSpan["kind"], at: number): boolean {
  return spans.some((s) => s.kind === kind && s.end === at + 1);
}
