// The extractor's annotation pipeline: every annotator, in the order the layers they read require.

import { orderAnnotators, type Pipeline } from "./annotation-pipeline.js";
import { cuesAnnotator } from "./annotators/cues.js";
import { datesAnnotator } from "./annotators/dates.js";
import { groupsAnnotator } from "./annotators/groups.js";
import { hedgesAnnotator } from "./annotators/hedges.js";
import { mentionsAnnotator } from "./annotators/mentions.js";
import { negationAnnotator } from "./annotators/negation.js";
import { speechAnnotator } from "./annotators/speech.js";
import { titlesAnnotator } from "./annotators/titles.js";

export const SENTENCE_PIPELINE: Pipeline = orderAnnotators([
  mentionsAnnotator,
  groupsAnnotator,
  titlesAnnotator,
  datesAnnotator,
  negationAnnotator,
  hedgesAnnotator,
  cuesAnnotator,
  speechAnnotator,
]);
