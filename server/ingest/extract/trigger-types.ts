// The shape of a trigger rule: phrasings (over stems, see pattern.ts) for one relation type and
// how its arguments are found. The tables themselves are in triggers-*.ts.

import type { RelationType } from "../../../graph-schema/index.js";

/**
 * How arguments are found. `default`: source = the clause's subject (or an adjacent possessor /
 * adjective for nouns), target = the first actor after the trigger, "between A and B" giving both.
 * `direct`: the target must follow at once ("called Putin", not "called on"). `receive`: the
 * source comes after "from" or as an adjective of the object ("benefits from Iranian drones") and
 * the subject is the target. `modal`: "A believes B and C should resolve ..." — the subject of the
 * embedded clause is the target, the believer the source.
 */
export type Frame = "default" | "direct" | "receive" | "modal";

export interface TriggerRule {
  type: RelationType;
  patterns: readonly string[];
  /** A noun trigger ("sanctions", "support for"): an adjacent possessor or adjective is its source. */
  noun?: boolean;
  frame?: Frame;
  /** Base confidence of a match with named actors. */
  confidence?: number;
  /** The object must be introduced by one of these ("discussed Iran" names a topic, "with Iran" a party). */
  objectVia?: readonly string[];
  /** With a plural subject and no object, each member acts towards the others ("agreed on talks"). */
  reciprocal?: boolean;
  /** Only an adjacent possessor or adjective is the source ("Russia's war in Ukraine"), never the clause's subject. */
  ownerOnly?: boolean;
  /** Adjectival objects count ("sanctions on Iranian oil", "strikes on Iranian sites" bear on Iran). */
  modifierObject?: boolean;
}

/** Prepositions that introduce the other party of a mutual act. */
export const WITH = ["with", "between"];
