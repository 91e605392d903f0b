// Trigger table, cooperation: offers of mediation, appeals and requests, intents to cooperate,
// material cooperation, supplies of arms and aid, support (CAMEO 02, 03, 039, 05, 06, 07).

import { WITH, type TriggerRule } from "./trigger-types.js";

export const MEDIATION_AND_APPEAL_RULES: readonly TriggerRule[] = [
  {
    type: "OFFERED_MEDIATION",
    patterns: [
      "offer|propose|volunteer to mediate|broker|facilitate|help|assist",
      "offer * assistance|help|mediation|involvement|services",
      "offer * good offices",
      "willingness|readiness|ready|willing|prepared to mediate|broker|facilitate|help|assist|support",
      "stand|stands ready to help|assist|mediate",
      "agree|commit|pledge to help|assist|support|mediate|facilitate|assisting|supporting",
      "express willingness to support|help|assist",
      "mediate|mediating|mediated|mediation between",
      "mediation effort|efforts|mission|role between|in",
      "act|acting|serve|serving as * intermediary|mediator|go-between|broker|facilitator|channel",
      "pass|passing|passed|relay|relaying|relayed|carry|carrying|carried|deliver|delivered messages|message between",
      "broker|brokered|brokering * deal|talks|ceasefire|truce|agreement between",
      "offer * to establish contacts",
      "ready to do everything",
      "potential|possible facilitator|mediator|assistant",
    ],
    confidence: 0.85,
  },
  {
    type: "REQUESTED_SUPPORT",
    patterns: [
      "ask|asked|request|requested|seek|sought * help|support|assistance|mediation|intervention",
      "ask|asked * to mediate|help|assist|intervene|facilitate|broker",
      "turn|turned to * for help|support|assistance",
      "mediation request",
      "appeal to * for help|support",
    ],
    noun: true,
    confidence: 0.7,
  },
  // "interest in Moscow's help": the helper must follow at once ("interest in developing ..." is no request).
  { type: "REQUESTED_SUPPORT", patterns: ["interest|interested in"], noun: true, frame: "direct", confidence: 0.7 },
  {
    type: "URGED",
    patterns: [
      "urge|urged|urging",
      "call|calling on|upon",
      "appeal to",
      "press|pressed|pressing|push|pushed|pushing * to",
      "encourage * to",
      "demand|demanded|demanding",
      "ask|asked * to",
      "necessary|essential|important|vital|crucial for",
    ],
    confidence: 0.85,
  },
  {
    type: "URGED",
    patterns: [
      "should|must|ought resolve|negotiate|settle|talk|engage|return|begin|start|stop|halt|end|cease|allow|accept|comply|cooperate|abandon|drop|release|withdraw|ensure|refrain",
      "need|needs to resolve|negotiate|settle|talk|return|comply|cooperate",
    ],
    frame: "modal",
    confidence: 0.7,
  },
];

export const COOPERATION_RULES: readonly TriggerRule[] = [
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
    type: "INTENDS_TO_COOPERATE",
    patterns: [
      "agree|agreed to|on|upon",
      "accept|accepted|welcome|welcomed * proposal|offer|plan|invitation|mediation|initiative",
      "promise|promised|pledge|pledged to",
      "offer|offered to",
      "ready|willing|prepared to",
    ],
    reciprocal: true,
    confidence: 0.65,
  },
  {
    type: "COOPERATES_WITH",
    patterns: [
      "cooperate|cooperating|cooperation|collaboration|collaborate|partnership|partners with|between",
      "strengthen|strengthened|deepened * cooperation|partnership",
      "sign|signed|conclude|concluded * agreement|deal|accord|treaty|pact|memorandum with?",
      "trade with",
      "joint * exercises|drills|patrols|manoeuvres|maneuvers|war games",
      "strategic partner|partners|allies",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.75,
  },
  {
    type: "SUPPLIES",
    patterns: [
      "supply|supplied|supplying|provide|provided|providing|deliver|delivered|delivering|send|sent|sending|ship|shipped|shipping|sell|sold|selling|transfer|transferred|give|gave|donate|donated|grant|granted * drone|drones|weapon|weapons|missile|missiles|arm|arms|ammunition|equipment|aid|assistance|tanks|jets|munitions|troops|soldiers|shells|rockets|components|technology|loan|loans|food|medicine|system|systems|aircraft|helicopters|warplanes|vehicles|parts|uranium|fuel|oil|gas|satellites",
      "arm|arming|armed",
      "military aid|assistance to",
    ],
    modifierObject: true,
    confidence: 0.85,
  },
  {
    type: "SUPPLIES",
    patterns: ["benefit|benefits|receive|received|obtain|obtained|acquire|acquired|buy|bought|import|imported from"],
    frame: "receive",
    confidence: 0.6,
  },
];

export const SUPPORT_RULES: readonly TriggerRule[] = [
  {
    type: "SUPPORTS",
    patterns: [
      "support|supports|supported|endorse|endorsed|back|backed|backing|backs|champion|championed",
      "support for",
      "welcome|welcomed|praise|praised|hail|hailed|commend|commended|applaud|applauded",
      "defend|defended",
      "solidarity with",
      "stand|stood by",
    ],
    noun: true,
    confidence: 0.8,
  },
];
