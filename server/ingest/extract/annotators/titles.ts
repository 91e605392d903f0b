// Annotator of the titles layer: the mentions whose titles name an office ("Iran's foreign
// minister Abbas Araghchi"), read by the rules that state who holds or leads what.

import type { Annotator, TitledMention } from "../annotated-sentence.js";
import type { Mention } from "../mention-types.js";

const titled = (m: Mention): m is TitledMention => m.role !== null && m.role !== undefined;

export const titlesAnnotator: Annotator<"titles"> = {
  id: "titles",
  reads: ["mentions"],
  writes: "titles",
  annotate: (s) => s.layer("mentions").filter(titled),
};
