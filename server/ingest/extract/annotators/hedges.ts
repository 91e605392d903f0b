// Annotator of the hedges layer: words and phrasings that leave a claim unconfirmed (hedges.ts).

import type { Annotator } from "../annotated-sentence.js";
import { findHedges } from "../hedges.js";

export const hedgesAnnotator: Annotator<"hedges"> = {
  id: "hedges",
  reads: [],
  writes: "hedges",
  annotate: ({ context: { tokens, sentence } }) => findHedges(tokens, sentence),
};
