// The trigger dictionary: the relation rules of data/extraction/relation-rules.json (phrasings over
// lemmas, see pattern.ts, mapped to the schema's relation types, in the manner of PETRARCH's verb
// dictionaries), compiled once; and the speech verbs of the lexicon.

import { LEXICON } from "./lexicon.js";
import { compilePattern, type CompiledPattern } from "./pattern.js";
import { loadRelationRules, type RelationRule } from "./rule-records.js";

export type { Frame, RelationRule } from "./rule-records.js";

/** Every rule in priority order: at one token the longest match wins, then the earlier rule. */
export const RELATION_RULES: readonly RelationRule[] = loadRelationRules();

export interface CompiledRule {
  rule: RelationRule;
  pattern: CompiledPattern;
  priority: number;
}

/** Every pattern compiled once, in table order (the order is the priority). */
export const COMPILED_RULES: readonly CompiledRule[] = RELATION_RULES.flatMap((rule, priority) =>
  rule.patterns.map((p) => ({ rule, pattern: compilePattern(p), priority })),
);

/** Speech verbs read as verbs: "X said / told / stated that ...", not "the state oil company". */
export const SPEECH = compilePattern(LEXICON.speechVerbs.map((lemma) => `${lemma}/verb`).join("|"));
