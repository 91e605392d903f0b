// Dispute cues as data: the record shape of data/extraction/dispute-cues.json (validated with zod
// when loaded), each cue phrasing with an id, its kind and example sentences, and the nouns that
// say what a cue is about.

import { readFileSync } from "node:fs";
import { z } from "zod";
import { RelationTypeName } from "../../../graph-schema/index.js";
import { fromRoot } from "../../paths.js";
import { DISPUTE_CUE_KINDS } from "../extractor.js";
import { WordForm } from "./word-forms.js";

export const DISPUTE_CUES_FILE = "data/extraction/dispute-cues.json";

const Examples = z.array(z.string().min(1).max(400)).min(1);

export const DisputeCueRecord = z
  .object({
    id: z.string().regex(/^[a-z-]+\.[a-z-]+$/, "expected an id such as denial.deny"),
    kind: z.enum(DISPUTE_CUE_KINDS),
    /** In the trigger pattern language of pattern.ts. */
    pattern: z.string().min(1),
    why: z.string().min(1).optional(),
    /** Sentences that contain the cue, and sentences that must not. */
    examples: z.object({ positive: Examples, negative: Examples }).strict(),
  })
  .strict();
export type DisputeCueRecord = z.infer<typeof DisputeCueRecord>;

/** Words after a cue that say what it is about ("declined to confirm the meeting" is about a MET). */
export const AboutNounsRecord = z
  .object({
    id: z.string().regex(/^about\.[a-z-]+$/),
    type: RelationTypeName,
    words: z.array(WordForm).min(1),
  })
  .strict();
export type AboutNounsRecord = z.infer<typeof AboutNounsRecord>;

const DisputeCuesFile = z
  .object({
    about: z.string(),
    cues: z.array(DisputeCueRecord).min(1),
    aboutNouns: z.array(AboutNounsRecord).min(1),
  })
  .strict();

export function loadDisputeCues(): z.infer<typeof DisputeCuesFile> {
  const parsed = DisputeCuesFile.safeParse(JSON.parse(readFileSync(fromRoot(DISPUTE_CUES_FILE), "utf8")));
  if (!parsed.success) throw new Error(`${DISPUTE_CUES_FILE}: ${z.prettifyError(parsed.error)}`);
  const ids = [...parsed.data.cues, ...parsed.data.aboutNouns].map((r) => r.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) throw new Error(`${DISPUTE_CUES_FILE}: repeated ids ${repeated.join(", ")}`);
  return parsed.data;
}
