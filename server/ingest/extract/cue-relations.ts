// Dispute cues of a sentence made whole: what each bears on (`about`, from the relation it denies
// or from its object noun) and the DECLINED_COMMENT relations of silences and refusals to confirm.

import { relationTypeDef } from "../../../graph-schema/index.js";
import { notAMatter } from "../denials.js";
import type { DisputeCue, ExtractedRelation } from "../extractor.js";
import type { FoundCue } from "./cues.js";
import { entityOf, type Mention } from "./mention-types.js";
import { CODE_RULES } from "./provenance.js";
import { relation, type SentenceInput } from "./relation-record.js";

const SILENCE = new Set<DisputeCue["kind"]>(["no-comment", "not-confirmed", "not-acknowledged"]);

/**
 * What a cue bears on for one speaker. The first relation read after its trigger is the matter
 * ("Iran denied supplying drones to Russia": SUPPLIES Iran → Russia). Otherwise the object noun
 * names the type and the ends follow the phrasing: a possessor or "from" names who acts ("X has
 * not acknowledged Y's offer": Y → X); else the speaker acts on the other party ("X denied
 * deliveries to Y": X → Y).
 */
function aboutOf(
  found: FoundCue,
  speaker: string | null,
  relations: readonly ExtractedRelation[],
): DisputeCue["about"] {
  const denied = relations.find(
    (r) =>
      r.sentence.start === found.cue.sentence.start && r.trigger.start >= found.cue.trigger.end && !notAMatter(r.type),
  );
  if (denied) return { type: denied.type, source: denied.source, target: denied.target };
  const { aboutType: type, other } = found;
  if (!type && !other) return null;
  if (!type) return { type: null, source: null, target: null };
  if (found.otherActs) return { type, source: other, target: speaker };
  return { type, source: speaker, target: other };
}

/** Cues with their speakers and `about`; DECLINED_COMMENT relations are appended to `relations`. */
export function cueRelations(
  input: SentenceInput,
  found: readonly FoundCue[],
  relations: ExtractedRelation[],
): DisputeCue[] {
  const cues: DisputeCue[] = [];
  const asserted = [...relations];
  for (const f of found) {
    const speakers = f.speakers?.members ?? [];
    if (speakers.length === 0) cues.push({ ...f.cue, about: aboutOf(f, null, asserted) });
    for (const s of speakers) {
      const speaker = entityOf(s).id;
      cues.push({ ...f.cue, speaker, about: aboutOf(f, speaker, asserted) });
      const other = input.mentions.find((m) => entityOf(m).id === f.other);
      if (SILENCE.has(f.cue.kind) && other) declined(input, s, other, f, relations);
    }
  }
  return cues;
}

function declined(input: SentenceInput, s: Mention, other: Mention, f: FoundCue, relations: ExtractedRelation[]): void {
  const def = relationTypeDef("DECLINED_COMMENT");
  if (!def.from.includes(entityOf(s).type) || !def.to.includes(entityOf(other).type)) return;
  if (entityOf(s).id === entityOf(other).id) return;
  relations.push(
    relation(
      input,
      { type: "DECLINED_COMMENT", rule: CODE_RULES.declinedComment },
      { source: s, target: other, basis: "explicit" },
      f.cue.trigger,
      0.8,
      false,
      s.first,
    ),
  );
}
