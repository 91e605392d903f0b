// What a denial denies: a relation the extractor read in the same sentence, after the denying
// words ("Iran denied supplying drones to Russia" holds SUPPLIES Iran → Russia). Such a relation
// is the claim under dispute, not something the article asserts.

import { OFFICE_RELATION_TYPES, SPEECH_RELATION_TYPES } from "../../graph-schema/index.js";
import type { DisputeCue, Extraction, ExtractedRelation } from "./extractor.js";

/** Cue kinds whose sentence does not assert what follows the cue. */
const DENYING: ReadonlySet<DisputeCue["kind"]> = new Set(["denial", "not-confirmed", "not-acknowledged"]);

/**
 * Speech acts describe the denial itself (who said it) and office holdings who the speakers are
 * ("Peskov denied that Foreign Minister Lavrov ..."): neither is the matter a denial bears on.
 */
export const notAMatter = (type: string): boolean => SPEECH_RELATION_TYPES.has(type) || OFFICE_RELATION_TYPES.has(type);

/** For each denying cue (by index), the relations of its sentence that it denies. */
export function deniedRelations(extraction: Extraction): Map<number, ExtractedRelation[]> {
  const denied = new Map<number, ExtractedRelation[]>();
  for (const [i, cue] of extraction.cues.entries()) {
    if (!DENYING.has(cue.kind)) continue;
    const inScope = extraction.relations.filter(
      (r) => r.sentence.start === cue.sentence.start && r.trigger.start >= cue.trigger.end && !notAMatter(r.type),
    );
    if (inScope.length > 0) denied.set(i, inScope);
  }
  return denied;
}
