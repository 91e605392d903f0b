// Actor groups of a sentence: mentions joined by "and", commas, "&" or a hyphen ("US-Iran")
// act together, as subject or object; and the syntactic position of each group.

import type { Token } from "./text.js";
import {
  ATTRIBUTION_FORMS,
  PREPOSITIONS,
  SAYING_FORMS,
  SUBJECT_OPENERS,
  GROUP_JOINERS,
  GROUP_FILLERS,
} from "./lexicon.js";
import type { Mention } from "./mention-types.js";

export interface ActorGroup {
  members: Mention[];
  first: number;
  end: number;
  /** Headed by a preposition ("with Iran", "from the US"): an oblique, not a subject. */
  oblique: string | null;
  /** Preceded by "between": the members are the two parties of the trigger. */
  between: boolean;
  /** Right after a verb or noun ("discussed Iran"): an object, never the subject of what follows. */
  objectLike: boolean;
}

export function groupMentions(tokens: readonly Token[], mentions: readonly Mention[]): ActorGroup[] {
  const actors = mentions.filter((m) => !m.titlePart);
  const groups: ActorGroup[] = [];
  for (const m of actors) {
    const last = groups[groups.length - 1];
    if (
      last &&
      joinable(tokens, last.end, m.first) &&
      !attributedBefore(tokens, last) &&
      last.members[0]!.modifier === m.modifier &&
      !attributionAfter(tokens, last.end, m)
    ) {
      last.members.push(m);
      last.end = m.end;
      continue;
    }
    const head = headOf(tokens, m.lead ?? m.first);
    // "Trump's national security adviser, Mike Waltz": the group starts with the title in apposition.
    const appositive = m.lead !== undefined && tokens.slice(m.lead, m.first).some((t) => t.norm === ",");
    groups.push({
      members: [m],
      first: appositive ? m.lead! : m.first,
      end: m.end,
      oblique: head?.oblique ?? null,
      between: head?.oblique === "between",
      objectLike:
        head !== null && head.oblique === null && !SUBJECT_OPENERS.has(head.word) && !SAYING_FORMS.has(head.word),
    });
  }
  return groups;
}

/** Only joiners between two mentions (at most three tokens: ", and", "-"). */
function joinable(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4 || to === from) return to === from;
  for (let k = from; k < to; k++)
    if (!GROUP_JOINERS.has(tokens[k]!.norm) && !GROUP_FILLERS.has(tokens[k]!.norm)) return false;
  return true;
}

/** The preposition heading a mention, skipping determiners and a few adjectives. */
function headOf(tokens: readonly Token[], first: number): { oblique: string | null; word: string } | null {
  let k = first - 1;
  while (k >= 0 && GROUP_FILLERS.has(tokens[k]!.norm)) k--;
  const t = tokens[k];
  if (!t) return null;
  const word = /^["“”'‘’]$/.test(t.text) ? '"' : t.norm;
  return { oblique: PREPOSITIONS.has(t.norm) ? t.norm : null, word };
}

/** ", the White House said": a speaker after a comma opens the attribution, it does not join the list. */
function attributionAfter(tokens: readonly Token[], from: number, m: Mention): boolean {
  if (!tokens.slice(from, m.first).some((t) => t.norm === ",")) return false;
  return ATTRIBUTION_FORMS.has(tokens[m.end]?.norm ?? "");
}

/** "According to Interfax, Lavrov ...": the source named in the attribution does not join the list after its comma. */
function attributedBefore(tokens: readonly Token[], group: ActorGroup): boolean {
  let k = group.first - 1;
  while (k >= 0 && GROUP_FILLERS.has(tokens[k]!.norm)) k--;
  return tokens[k]?.norm === "to" && tokens[k - 1]?.norm === "according";
}
