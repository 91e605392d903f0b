// Trigger table, contacts: calls, meetings, visits, talks, negotiations, consultations, briefings
// (CAMEO 04 consult, 046 negotiate, 064 share information).

import { WITH, type TriggerRule } from "./trigger-types.js";

export const CALL_RULES: readonly TriggerRule[] = [
  {
    type: "CALLED",
    patterns: [
      "phone|telephone|telephonic call|calls|conversation|conversations|talk|talks|discussion|contact",
      "speak|talk|confer|converse by|over phone|telephone",
      "speak|talk with|to * by|over phone|telephone",
      "call|phone|telephone * by phone|telephone",
      "phone call",
      "call|calls with|between",
      "hold|held * phone|telephone call|talks|conversation",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.9,
  },
  { type: "CALLED", patterns: ["phone|telephone|call|ring"], frame: "direct", confidence: 0.8 },
];

export const CONTACT_RULES: readonly TriggerRule[] = [
  {
    type: "BRIEFED",
    patterns: [
      "brief|briefed|debrief",
      "share|shared|pass|passed details|information|results|intelligence|evidence|data|expertise * with|to",
      "inform|informed",
      "update|updated * on",
    ],
    confidence: 0.85,
  },
  {
    type: "MET",
    patterns: [
      "meet|met|meeting|meetings",
      "host|hosted|hosting",
      "visit|visited|visits",
      "receive|received * in|at",
      "sit|sat down with",
      "hold|held talks|meeting|meetings|summit * with|between",
      "summit with|between",
      "give|gave * welcome to",
      "face-to-face|in-person talks|meeting with|between",
    ],
    confidence: 0.9,
  },
  {
    type: "SEEKS_TALKS",
    patterns: [
      "seek|seeking|want|pursue|pursuing * deal|deals|agreement|talks|negotiations|dialogue|channels",
      "consider|considering a? potential|possible|new|separate|direct? deal|deals|talks|negotiations|dialogue",
      "desire for * agreement|deal|talks",
      "restore|repair|rebuild|normalize|normalise|improve|reset|re-establish|reestablish|mend relations|ties|dialogue",
      "open to talks|negotiations|dialogue",
      "propose|proposed talks|negotiations",
      "call|called for talks|negotiations|dialogue",
      "agree|agreed on|to * talks|negotiations|meeting|summit",
      "ready|willing|prepared to negotiate|talk|meet",
      "invite|invited * to talks|negotiations|visit",
      "resume|resumed|restart|continue talks|negotiations|dialogue",
    ],
    reciprocal: true,
    confidence: 0.8,
  },
  {
    type: "NEGOTIATES_WITH",
    patterns: [
      "negotiate|negotiating|negotiation|negotiations with|between",
      "indirect|direct|backroom|nuclear * talks|negotiations",
      "round of * talks|negotiations with|between",
      "negotiate|negotiated|negotiating",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.8,
  },
  {
    type: "DISCUSSED",
    patterns: [
      "discuss|discussed|discussion|discussions|consult|consulted|consultation|consultations",
      "talks|talk|spoke|speak|conversation with|between",
      "engage|engaged in talks|discussions",
      "engage|engaging|engaged with",
      "hold|held discussions|consultations",
      "exchange|exchanged views",
    ],
    noun: true,
    objectVia: WITH,
    confidence: 0.8,
  },
];
