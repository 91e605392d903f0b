// Annotator of the negation layer: the words a negation ("did not meet") or a possibility marker
// ("could impose") has in its scope (negation.ts).

import type { Annotator } from "../annotated-sentence.js";
import { findNegations } from "../negation.js";

export const negationAnnotator: Annotator<"negation"> = {
  id: "negation",
  reads: [],
  writes: "negation",
  annotate: (s) => findNegations(s.context.tokens),
};
