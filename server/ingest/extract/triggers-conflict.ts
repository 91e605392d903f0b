// Trigger table, conflict: sanctions and other economic pressure, reduced relations, force, and
// verbal opposition — rejections, condemnations, accusations, warnings (CAMEO 11-19).

import type { TriggerRule } from "./trigger-types.js";

export const CONFLICT_RULES: readonly TriggerRule[] = [
  {
    type: "SANCTIONS",
    patterns: [
      "impose|imposed|slap|slapped|levy|levied|tighten|tightened|reimpose|reimposed|extend|extended|expand|expanded|announce|announced|renew|renewed * sanctions|embargo|tariffs|blockade|restrictions|bans",
      "snap|snapped back * sanctions",
      // "triggered the snapback of UN sanctions on Iran": those who trigger it sanction Iran, not the UN.
      "trigger|triggered|invoke|invoked|activate|activated|initiate|initiated|launch|launched the? snapback * sanctions",
      "snapback * sanctions",
      "sanction|sanctioned|sanctions|embargo|blockade|boycott|boycotted",
      "blacklist|blacklisted",
      "snapback",
      "freeze|froze|frozen * assets",
      "maximum pressure",
    ],
    noun: true,
    modifierObject: true,
    confidence: 0.85,
  },
  {
    type: "SEVERED_RELATIONS",
    patterns: [
      "sever|severed|cut|broke|break|suspend|suspended|downgrade|downgraded|freeze|froze * ties|relations",
      "sever|severed|severing",
      "expel|expelled * ambassador|diplomats|envoy|inspectors|monitors|observers",
      "recall|recalled|withdraw|withdrew * ambassador|envoy",
      "suspend|suspended|halt|halted|cut|stop|stopped|end|ended|cancel|cancelled|canceled * aid|links|flights|cooperation|trade|contacts|visit|trip|deliveries|talks",
      "close|closed * border|borders|embassy",
    ],
    confidence: 0.8,
  },
  {
    type: "INVADED",
    patterns: [
      "invade|invaded",
      // Each alternative is one verb: "shoot down" is a pattern of its own ("clashed with" is often verbal).
      "attack|attacked|bomb|bombed|shell|shelled|strike|struck|raid|raided|seize|seized|occupy|occupied",
      "shoot|shot down",
      "fire|fired on|at|upon",
      "launch|launched|carry|carried * attack|attacks|strike|strikes|airstrike|airstrikes|offensive|raid|raids|missiles|drones|rockets on|against|at|in",
      "kill|killed|target|targeted|kidnap|kidnapped|abduct|abducted|torture|tortured|assassinate|assassinated",
    ],
    noun: true,
    modifierObject: true,
    confidence: 0.85,
  },
  {
    type: "INVADED",
    patterns: [
      "invasion of",
      "war in|against|on",
      "offensive|incursion|assault|airstrike|airstrikes|strikes|bombardment against|in|on|into",
    ],
    noun: true,
    ownerOnly: true,
    modifierObject: true,
    confidence: 0.85,
  },
  {
    type: "OPPOSES",
    patterns: [
      "oppose|opposed|opposition|condemn|condemned|condemnation|criticise|criticize|criticised|criticized|criticism|denounce|denounced|reject|rejected|rejection",
      "accuse|accused|blame|blamed|protest|protested|threaten|threatened|rebuke|rebuked|refuse|refused",
      "slam|slammed|blast|blasted|lambast|lambasted|censure|censured|decry|decried|veto|vetoed|disagree|disagreed",
      "skepticism|scepticism|reticence|hostility * towards|toward|of",
      "opposition to",
    ],
    noun: true,
    confidence: 0.75,
  },
  // The object must follow at once: "warned Iran", "denied Washington's claims", not "warned that Iran ...".
  { type: "OPPOSES", patterns: ["dismiss|deny|warn|summon|rebuff|snub"], frame: "direct", confidence: 0.7 },
];
