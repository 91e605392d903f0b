// The trigger dictionary: the relation rules of data/extraction/relation-rules.json (phrasings over
// lemmas, see pattern.ts, mapped to the schema's relation types, in the manner of PETRARCH's verb
// dictionaries), compiled once; and the speech verbs of the lexicon.

import { LEXICON } from "./lexicon.js";
import { compilePattern, type CompiledPattern } from "./pattern.js";
import { loadRelationRules, type RelationRule } from "./rule-records.js";
import type { Token } from "./text.js";
import { WordForms } from "./word-forms.js";

export type { Frame, RelationRule } from "./rule-records.js";

/** Every rule in priority order: at one token the longest match wins, then the earlier rule. */
export const RELATION_RULES: readonly RelationRule[] = loadRelationRules();

export interface CompiledRule {
  rule: RelationRule;
  pattern: CompiledPattern;
  priority: number;
  /** Words one of which must follow the match (see RelationRule.complement), or null. */
  complement: { words: WordForms; reach: number } | null;
}

/** Every pattern compiled once, in table order (the order is the priority). */
export const COMPILED_RULES: readonly CompiledRule[] = RELATION_RULES.flatMap((rule, priority) => {
  const complement = rule.complement
    ? { words: new WordForms(rule.complement.words), reach: rule.complement.reach }
    : null;
  return rule.patterns.map((p) => ({ rule, pattern: compilePattern(p), priority, complement }));
});

/** Marks that end the stretch a complement is looked for in. */
const COMPLEMENT_STOPS = new Set([".", ";", ":", "but", "although", "while"]);

/** One of the rule's complement words follows the match at `end` within its reach and clause. */
export function complementFollows(rule: CompiledRule, tokens: readonly Token[], end: number): boolean {
  if (!rule.complement) return true;
  for (let k = end; k < tokens.length && k - end < rule.complement.reach; k++) {
    const norm = tokens[k]!.norm;
    if (COMPLEMENT_STOPS.has(norm)) return false;
    if (rule.complement.words.has(norm)) return true;
  }
  return false;
}

/** Speech verbs read as verbs: "X said / told / stated that ...", not "the state oil company". */
export const SPEECH = compilePattern(LEXICON.speechVerbs.map((lemma) => `${lemma}/verb`).join("|"));
