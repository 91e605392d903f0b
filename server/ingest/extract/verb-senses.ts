// Other senses of ambiguous trigger words, as data (data/extraction/verb-senses.json, each sense
// with an id and examples): "called the report nonsense" names rather than phones, "refused to
// say" declines to comment, "went back" is no backing, "struck a deal" no strike.

import { readFileSync } from "node:fs";
import { z } from "zod";
import { RelationTypeName, type RelationType } from "../../../graph-schema/index.js";
import { fromRoot } from "../../paths.js";
import type { Token } from "./text.js";
import { SENSE_FILLERS } from "./lexicon.js";
import { WordForm, WordForms } from "./word-forms.js";

export const VERB_SENSES_FILE = "data/extraction/verb-senses.json";

const OtherSenseRecord = z
  .object({
    id: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
    about: z.string().min(1),
    /** The relation the trigger would give. */
    type: RelationTypeName,
    /** The trigger word. */
    word: z.array(WordForm).min(1),
    /** Words right before the trigger that give it another sense. */
    before: z.array(WordForm).min(1).optional(),
    /** Words right after the trigger (within `reach` words, fillers skipped) that do. */
    after: z.array(WordForm).min(1).optional(),
    reach: z.number().int().min(1).max(6).optional(),
    examples: z
      .object({ otherSense: z.array(z.string().min(1)).min(1), triggerSense: z.array(z.string().min(1)).min(1) })
      .strict(),
  })
  .strict()
  .refine((s) => s.before || s.after, { message: "a sense needs `before` or `after` words" });
export type OtherSenseRecord = z.infer<typeof OtherSenseRecord>;

const VerbSensesFile = z
  .object({
    about: z.string(),
    senses: z.array(OtherSenseRecord).min(1),
    callFollowers: z
      .object({ about: z.string(), example: z.string(), words: z.array(z.string().min(1)).min(1) })
      .strict(),
  })
  .strict();

interface OtherSense {
  id: string;
  type: OtherSenseRecord["type"];
  word: WordForms;
  before: WordForms | null;
  after: WordForms | null;
  reach: number;
}

function loadVerbSenses(): { senses: OtherSenseRecord[]; callFollowers: ReadonlySet<string> } {
  const parsed = VerbSensesFile.safeParse(JSON.parse(readFileSync(fromRoot(VERB_SENSES_FILE), "utf8")));
  if (!parsed.success) throw new Error(`${VERB_SENSES_FILE}: ${z.prettifyError(parsed.error)}`);
  const ids = parsed.data.senses.map((s) => s.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) throw new Error(`${VERB_SENSES_FILE}: repeated sense ids ${repeated.join(", ")}`);
  return { senses: parsed.data.senses, callFollowers: new Set(parsed.data.callFollowers.words) };
}

const loaded = loadVerbSenses();
/** The sense records as written, for the test that runs their examples. */
export const OTHER_SENSE_RECORDS: readonly OtherSenseRecord[] = loaded.senses;
const OTHER_SENSES: readonly OtherSense[] = loaded.senses.map((s) => ({
  id: s.id,
  type: s.type,
  word: new WordForms(s.word),
  before: s.before ? new WordForms(s.before) : null,
  after: s.after ? new WordForms(s.after) : null,
  reach: s.reach ?? 1,
}));

/** Where a sense's trigger word first stands among the tokens, or -1 (for the examples' test). */
export function triggerIndexOf(senseId: string, tokens: readonly Token[]): number {
  const sense = OTHER_SENSES.find((s) => s.id === senseId);
  return sense ? tokens.findIndex((t) => sense.word.has(t.norm)) : -1;
}

/** The id of the other sense the trigger at `at` is used in, if any. */
export function otherSenseOf(type: RelationType, tokens: readonly Token[], at: number): string | null {
  const word = tokens[at]?.norm ?? "";
  const sense = OTHER_SENSES.find((s) => {
    if (s.type !== type || !s.word.has(word)) return false;
    if (s.before?.has(tokens[at - 1]?.norm ?? "")) return true;
    if (!s.after) return false;
    let k = at + 1;
    for (let seen = 0; k < tokens.length && seen < s.reach; k++) {
      const norm = tokens[k]!.norm;
      if (s.after.has(norm)) return true;
      if (!SENSE_FILLERS.has(norm) && !/^\p{Ll}+ly$/u.test(norm)) seen++;
    }
    return false;
  });
  return sense?.id ?? null;
}

/** True when the trigger at `at` is used in one of its other senses. */
export function otherSense(type: RelationType, tokens: readonly Token[], at: number): boolean {
  return otherSenseOf(type, tokens, at) !== null;
}

/**
 * "called the IAEA report nonsense", "called Putin a war criminal", "called it a provocation": a
 * naming complement after the object makes "call" a verb of naming, not a telephone call.
 */
export function namingCall(tokens: readonly Token[], objectEnd: number): boolean {
  const next = tokens[objectEnd];
  return next !== undefined && !loaded.callFollowers.has(next.norm);
}
