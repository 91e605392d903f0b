// Confidence of an extracted relation, from how it was found: named actors and an explicit verb
// score high; titles, pronouns, distant arguments, hedges, reported speech and headlines lower it.

import type { ArgumentPair } from "./frames.js";
import type { Mention } from "./mention-types.js";

export interface ConfidenceInputs {
  base: number;
  pair: Pick<ArgumentPair, "source" | "target" | "basis">;
  hedged: boolean;
  reported: boolean;
  headline: boolean;
}

const BASIS_FACTOR: Readonly<Record<ArgumentPair["basis"], number>> = {
  explicit: 1,
  adjacent: 0.95,
  mutual: 0.9,
  distant: 0.8,
};

function mentionFactor(m: Mention): number {
  if (m.viaTitle) return m.resolution.method === "role" ? 0.85 : 0.8;
  if (m.modifier) return 0.85;
  return Math.min(1, 0.5 + m.resolution.score / 2);
}

export function relationConfidence(c: ConfidenceInputs): number {
  let value = c.base * BASIS_FACTOR[c.pair.basis] * mentionFactor(c.pair.source) * mentionFactor(c.pair.target);
  if (c.hedged) value *= 0.75;
  if (c.reported) value *= 0.85;
  if (c.headline) value *= 0.7;
  return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100;
}
