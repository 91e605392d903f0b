// Annotator of the groups layer: mentions joined into actor groups ("Russia and China", "Putin's envoy").

import type { Annotator } from "../annotated-sentence.js";
import { groupMentions } from "../groups.js";

export const groupsAnnotator: Annotator<"groups"> = {
  id: "groups",
  reads: ["mentions"],
  writes: "groups",
  annotate: (s) => groupMentions(s.context.tokens, s.layer("mentions")),
};
