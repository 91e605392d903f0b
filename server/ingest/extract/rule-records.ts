// Relation rules as data: the record shape of data/extraction/relation-rules.json (validated with
// zod when loaded), each rule with an id, its phrasings, relation type, frame and example sentences.

import { readFileSync } from "node:fs";
import { z } from "zod";
import { RelationTypeName } from "../../../graph-schema/index.js";
import { fromRoot } from "../../paths.js";
import { WordForm } from "./word-forms.js";

export const RELATION_RULES_FILE = "data/extraction/relation-rules.json";

/**
 * How arguments are found. `default`: source = the clause's subject (or an adjacent possessor /
 * adjective for nouns), target = the first actor after the trigger, "between A and B" giving both.
 * `direct`: the target must follow at once ("called Putin", not "called on"). `receive`: the
 * source comes after "from" or as an adjective of the object ("benefits from Iranian drones") and
 * the subject is the target. `modal`: "A believes B and C should resolve ..." — the subject of the
 * embedded clause is the target, the believer the source.
 */
export const FRAMES = ["default", "direct", "receive", "modal"] as const;
export type Frame = (typeof FRAMES)[number];

/** A sentence the rule must read as `type` from `source` to `target` (mention texts, as written). */
const PositiveExample = z
  .object({ text: z.string().min(1).max(400), source: z.string().min(1), target: z.string().min(1) })
  .strict();
/** A sentence the rule must not fire on, and why. */
const NegativeExample = z.object({ text: z.string().min(1).max(400), why: z.string().min(1) }).strict();

export const RelationRule = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, "expected an id such as met.meet"),
    type: RelationTypeName,
    frame: z.enum(FRAMES),
    /** A noun trigger ("sanctions", "support for"): an adjacent possessor or adjective is its source. */
    noun: z.boolean().optional(),
    /** Only an adjacent possessor or adjective is the source ("Russia's war in Ukraine"), never the clause's subject. */
    ownerOnly: z.boolean().optional(),
    /** Adjectival objects count ("sanctions on Iranian oil" bear on Iran). */
    modifierObject: z.boolean().optional(),
    /** An actor or adjective inside the pattern's gap is the object ("banned Japanese seafood imports"). */
    adjectiveInside: z.boolean().optional(),
    /**
     * The match counts only when one of these words follows within `reach` words, in the clause: the
     * naming complement that makes "called the measures 'unjustified'" a condemnation.
     */
    complement: z
      .object({ words: z.array(WordForm).min(1), reach: z.number().int().min(1).max(12) })
      .strict()
      .optional(),
    /** The subject of a "that" clause right after the trigger is its object ("demanded that Washington stop"). */
    thatClauseObject: z.boolean().optional(),
    /** With a plural subject and no object, each member acts towards the others ("agreed on talks"). */
    reciprocal: z.boolean().optional(),
    /** The object must be introduced by one of these ("discussed Iran" names a topic, "with Iran" a party). */
    objectVia: z.array(z.string().min(1)).min(1).optional(),
    /** Base confidence of a match with named actors. */
    confidence: z.number().min(0).max(1),
    note: z.string().optional(),
    /** Phrasings over lemmas: words, alternatives a|b, optional a?, gaps * (see pattern.ts). */
    patterns: z.array(z.string().min(1)).min(1),
    examples: z
      .object({ positive: z.array(PositiveExample).min(1), negative: z.array(NegativeExample).min(1) })
      .strict(),
  })
  .strict();
export type RelationRule = z.infer<typeof RelationRule>;

const RuleFile = z
  .object({ about: z.string(), rules: z.array(RelationRule).min(1) })
  .strict()
  .refine((f) => new Set(f.rules.map((r) => r.id)).size === f.rules.length, "rule ids must be unique");

/** The rules in priority order: at one token the longest match wins, then the earlier rule. */
export function loadRelationRules(file: string = fromRoot(RELATION_RULES_FILE)): RelationRule[] {
  const parsed = RuleFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${RELATION_RULES_FILE}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.rules;
}
