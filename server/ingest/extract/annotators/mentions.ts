// Annotator of the mentions layer: names, titles, collectives and demonyms (mentions.ts), then
// pronouns resolved against the discourse; each is recorded with the article's entities.

import type { Annotator } from "../annotated-sentence.js";
import { findMentions } from "../mentions.js";
import { resolvePronouns } from "../pronouns.js";

export const mentionsAnnotator: Annotator<"mentions"> = {
  id: "mentions",
  reads: [],
  writes: "mentions",
  annotate({ context: { scan, discourse } }) {
    const found = findMentions(scan);
    const mentions = [...found, ...resolvePronouns(scan, discourse, found)].sort((a, b) => a.first - b.first);
    // Recorded now: later layers ask which state an entity belongs to (scan.entities).
    for (const m of mentions) {
      if (m.anaphor) continue;
      const spelling = !m.titlePart && !m.modifier && !m.viaTitle && m.resolution.method !== "stand-in";
      scan.entities.add(m.resolution, m.span, spelling);
    }
    return mentions;
  },
};
