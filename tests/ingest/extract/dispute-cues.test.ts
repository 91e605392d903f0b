// Every dispute cue of data/extraction/dispute-cues.json runs its own examples: a positive sentence
// has the cue (first match at some token), a negative one has no cue of that id anywhere.

import { cueAt, DISPUTE_CUE_RECORDS } from "../../../server/ingest/extract/cues.js";
import { tokenize } from "../../../server/ingest/extract/text.js";

const open = (): boolean => false;

/** The ids of the cues found token by token, as findCues walks a sentence. */
function cueIds(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const ids: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = cueAt(tokens, i, open);
    if (hit) ids.push(hit.id);
    i = hit ? hit.end : i + 1;
  }
  return ids;
}

describe.each(DISPUTE_CUE_RECORDS.map((r) => [r.id, r] as const))("cue %s", (id, record) => {
  it.each(record.examples.positive)("is found in %j", (sentence) => {
    expect(cueIds(sentence)).toContain(id);
  });
  it.each(record.examples.negative)("is not found in %j", (sentence) => {
    expect(cueIds(sentence)).not.toContain(id);
  });
});

test("a cue's kind comes with its id", () => {
  const tokens = tokenize("The Kremlin denied the report.");
  expect(cueAt(tokens, 2, open)).toEqual({ id: "denial.deny", kind: "denial", end: 3 });
  expect(cueAt(tokens, 1, open)).toBeNull();
});
