// Annotator of the dates layer: date expressions resolved against the publication date (dates.ts).

import type { Annotator } from "../annotated-sentence.js";
import { findDates } from "../dates.js";

export const datesAnnotator: Annotator<"dates"> = {
  id: "dates",
  reads: [],
  writes: "dates",
  annotate: ({ context: { sentence, published } }) => findDates(sentence.text, sentence.start, published),
};
