// The trigger dictionary: phrasings (over stems, see pattern.ts) mapped to the schema's relation
// types, in the manner of PETRARCH's verb dictionaries. Earlier rules win where two overlap.

import type { RelationType } from "../../../graph-schema/index.js";
import { compilePattern, type CompiledPattern } from "./pattern.js";

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
}

const WITH = ["with", "between"];

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    type: "CALLED",
    patterns: [
      "phone|telephone|telephonic call|conversation|talk|talks|discussion",
      "speak|talk|confer by|over phone|telephone",
      "call|phone|telephone * by phone|telephone",
      "phone call",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.9,
  },
  { type: "CALLED", patterns: ["call|phone|telephone"], frame: "direct", confidence: 0.8 },
  {
    type: "OFFERED_MEDIATION",
    patterns: [
      "offer|propose|volunteer to mediate|broker|facilitate|help|assist",
      "offer * assistance|help|mediation|involvement",
      "willingness|readiness|ready|willing to mediate|broker|facilitate|help|assist|support",
      "agree|commit|pledge to help|assist|support|mediate|facilitate|assisting|supporting",
      "express willingness to support|help|assist",
      "mediate|mediation between",
      "offer * to establish contacts",
      "ready to do everything",
      "potential|possible facilitator|mediator|assistant",
    ],
    confidence: 0.85,
  },
  {
    type: "REQUESTED_SUPPORT",
    patterns: [
      "ask|asked|request|requested|seek|sought * help|support|assistance|mediation",
      "interest|interested in",
      "mediation request",
      "appeal to * for help|support",
    ],
    noun: true,
    confidence: 0.7,
  },
  {
    type: "URGED",
    patterns: [
      "urge|urged|urging",
      "call|calling on|upon",
      "appeal to",
      "press|pressed|pressing * to",
      "encourage * to",
      "demand|demanded|demanding",
    ],
    confidence: 0.85,
  },
  {
    type: "URGED",
    patterns: [
      "should|must|ought resolve|negotiate|settle|talk|engage|return|begin|start",
      "need|needs to resolve|negotiate|settle|talk",
    ],
    frame: "modal",
    confidence: 0.7,
  },
  {
    type: "BRIEFED",
    patterns: ["brief|briefed|debrief", "share|shared details|information|results * with", "inform|informed"],
    confidence: 0.85,
  },
  {
    type: "MET",
    patterns: ["meet|met|meeting", "host|hosted|hosting", "visit|visited", "receive|received * in|at"],
    confidence: 0.9,
  },
  {
    type: "SEEKS_TALKS",
    patterns: [
      "seek|seeking|want|pursue|pursuing|consider|considering * deal|deals|agreement|talks|negotiations|dialogue|channels",
      "desire for * agreement|deal|talks",
      "restore|repair|rebuild|normalize|normalise|improve|reset|re-establish|reestablish relations|ties|dialogue",
      "open to talks|negotiations|dialogue",
      "propose|proposed talks|negotiations",
      "call|called for talks|negotiations|dialogue",
      "agree|agreed on|to * talks|negotiations|meeting|summit",
    ],
    reciprocal: true,
    confidence: 0.8,
  },
  {
    type: "NEGOTIATES_WITH",
    patterns: [
      "negotiate|negotiating|negotiation|negotiations with|between",
      "indirect|direct|backroom|nuclear * talks|negotiations",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.8,
  },
  {
    type: "DISCUSSED",
    patterns: [
      "discuss|discussed|discussion|discussions|consult|consulted|consultation",
      "talks|talk|spoke|speak|conversation with|between",
      "engage|engaged in talks|discussions",
      "hold|held talks|discussions",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.8,
  },
  {
    type: "INTENDS_TO_COOPERATE",
    patterns: [
      "openness|willingness|readiness|commitment|intention to cooperate|cooperation|collaborate|reinforce|strengthen|deepen",
      "deepen|deepening|strengthen|strengthening|expand|boost|reinforce ties|relations|partnership|cooperation with",
      "pledge|pledged|agree|agreed to cooperate|collaborate",
      "deepening commitment between",
    ],
    objectVia: WITH,
    reciprocal: true,
    confidence: 0.75,
  },
  {
    type: "COOPERATES_WITH",
    patterns: [
      "cooperate|cooperating|cooperation|collaboration|collaborate|partnership|partners with|between",
      "strengthen|strengthened|deepened * cooperation|partnership",
      "sign|signed|conclude|concluded * agreement|deal|accord|treaty|pact with",
      "trade with",
      "strategic partner|partners|allies",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.75,
  },
  {
    type: "SUPPLIES",
    patterns: [
      "supply|supplied|provide|provided|deliver|delivered|send|sent|ship|shipped|sell|sold|transfer|transferred * drone|drones|weapon|weapons|missile|missiles|arm|arms|ammunition|equipment|aid|tanks|jets|munitions",
      "arm|arming|armed",
      "military aid|assistance to",
    ],
    confidence: 0.85,
  },
  {
    type: "SUPPLIES",
    patterns: ["benefit|benefits|receive|received|obtain|obtained|acquire|acquired|buy|bought from"],
    frame: "receive",
    confidence: 0.6,
  },
  {
    type: "SANCTIONS",
    patterns: [
      "impose|imposed|slap|slapped|levy|levied|tighten|tightened|reimpose|reimposed * sanctions|embargo|tariffs",
      "sanction|sanctioned|sanctions|embargo|boycott|boycotted",
      "maximum pressure",
    ],
    noun: true,
    confidence: 0.85,
  },
  {
    type: "SEVERED_RELATIONS",
    patterns: [
      "sever|severed|cut|broke|break|suspend|suspended|downgrade|downgraded * ties|relations",
      "sever|severed|severing",
      "expel|expelled * ambassador|diplomats|envoy",
      "recall|recalled * ambassador|envoy",
    ],
    confidence: 0.8,
  },
  {
    type: "INVADED",
    patterns: [
      "invade|invaded|invasion of",
      "attack|attacked|bomb|bombed|shell|shelled|strike|struck|raid|raided|clash|clashed|invade|seize|seized|occupy|occupied",
      "fire|fired on|at|upon",
      "war in|against|on",
      "offensive|incursion|assault against|in|on|into",
    ],
    noun: true,
    confidence: 0.85,
  },
  {
    type: "OPPOSES",
    patterns: [
      "oppose|opposed|opposition|condemn|condemned|criticise|criticize|criticised|criticized|denounce|denounced|reject|rejected|rejection",
      "accuse|accused|blame|blamed|protest|protested|threaten|threatened|rebuke|rebuked|refuse|refused",
      "skepticism|scepticism|reticence|hostility * towards|toward|of",
      "opposition to",
    ],
    noun: true,
    confidence: 0.75,
  },
  {
    type: "SUPPORTS",
    patterns: [
      "support|supports|supported|endorse|endorsed|back|backed|backing|backs|champion|championed",
      "support for",
    ],
    noun: true,
    confidence: 0.8,
  },
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
  "say|said|state|stated|tell|told|add|added|note|noted|stress|stressed|claim|claimed|announce|announced|insist|insisted|warn|warned|suggest|suggested|acknowledge|acknowledged|confirm|confirmed|declare|declared|explain|explained|assert|asserted",
);
/** Hedges that lower confidence. */
export const HEDGES = new Set(
  [
    "reportedly",
    "allegedly",
    "may",
    "might",
    "could",
    "appears",
    "appear",
    "suggest",
    "suggests",
    "possibly",
    "potential",
    "perhaps",
    "likely",
    "rumoured",
    "rumored",
    "unconfirmed",
  ].map((w) => w),
);
