// Annotator of the cues layer: denials, refusals to confirm and silences with their speakers (cues.ts).

import type { Annotator } from "../annotated-sentence.js";
import { findCues } from "../cues.js";
import { triggerBlocked } from "../trigger-slots.js";

export const cuesAnnotator: Annotator<"cues"> = {
  id: "cues",
  reads: ["mentions", "groups"],
  writes: "cues",
  annotate(s) {
    const { tokens, sentence, headline, affiliation } = s.context;
    const blocked = triggerBlocked(tokens, s.layer("mentions"), headline);
    return findCues(tokens, s.layer("groups"), sentence, blocked, affiliation);
  },
};
