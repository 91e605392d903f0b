// Where a trigger word may stand: read by the cue and speech annotators and the relation rules alike.

import type { Mention } from "./mention-types.js";
import type { Token } from "./text.js";

/**
 * Triggers are verbs and common nouns: never inside a name or title (a modifier such as "Russian"
 * does not count), never punctuation, never capitalised mid-sentence outside headlines.
 */
export function triggerBlocked(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  headline: boolean,
): (k: number) => boolean {
  const inMention = new Uint8Array(tokens.length);
  for (const m of mentions) if (!m.modifier) inMention.fill(1, m.lead ?? m.first, m.end);
  return (k) => inMention[k] === 1 || !tokens[k]!.word || (k > 0 && tokens[k]!.capital && !headline);
}
