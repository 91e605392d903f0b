// The trigger dictionary: phrasings (over stems, see pattern.ts) mapped to the schema's relation
// types, in the manner of PETRARCH's verb dictionaries; the tables are in triggers-*.ts.

import { compilePattern, type CompiledPattern } from "./pattern.js";
import { CALL_RULES, CONTACT_RULES } from "./triggers-contact.js";
import { COOPERATION_RULES, MEDIATION_AND_APPEAL_RULES, SUPPORT_RULES } from "./triggers-cooperation.js";
import { CONFLICT_RULES } from "./triggers-conflict.js";
import type { TriggerRule } from "./trigger-types.js";

export type { Frame, TriggerRule } from "./trigger-types.js";

/** Every rule in priority order: at one token the longest match wins, then the earlier rule. */
export const TRIGGER_RULES: readonly TriggerRule[] = [
  ...CALL_RULES,
  ...MEDIATION_AND_APPEAL_RULES,
  ...CONTACT_RULES,
  ...COOPERATION_RULES,
  ...CONFLICT_RULES,
  ...SUPPORT_RULES,
];

export interface CompiledRule {
  rule: TriggerRule;
  pattern: CompiledPattern;
  priority: number;
}

/** Every pattern compiled once, in table order (the order is the priority). */
export const COMPILED_RULES: readonly CompiledRule[] = TRIGGER_RULES.flatMap((rule, priority) =>
  rule.patterns.map((p) => ({ rule, pattern: compilePattern(p), priority })),
);

/** Speech verbs: "X said / told / stated that ...". */
export const SPEECH = compilePattern(
  "say|said|state|stated|tell|told|add|added|note|noted|stress|stressed|claim|claimed|announce|announced|insist|insisted|warn|warned|suggest|suggested|acknowledge|acknowledged|confirm|confirmed|declare|declared|explain|explained|assert|asserted|reiterate|reiterated|emphasise|emphasize|emphasised|emphasized|underline|underlined|write|wrote",
);
