// Every other-sense record of data/extraction/verb-senses.json runs its own examples: the
// other-sense sentences are caught by that record, the trigger-sense ones by no record.

import { tokenize } from "../../../server/ingest/extract/text.js";
import {
  namingCall,
  OTHER_SENSE_RECORDS,
  otherSense,
  otherSenseOf,
  triggerIndexOf,
} from "../../../server/ingest/extract/verb-senses.js";

describe.each(OTHER_SENSE_RECORDS.map((r) => [r.id, r] as const))("sense %s", (id, record) => {
  it.each(record.examples.otherSense)("reads the trigger of %j in its other sense", (sentence) => {
    const tokens = tokenize(sentence);
    const at = triggerIndexOf(id, tokens);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(otherSenseOf(record.type, tokens, at)).toBe(id);
  });

  it.each(record.examples.triggerSense)("leaves the trigger of %j as a trigger", (sentence) => {
    const tokens = tokenize(sentence);
    const at = triggerIndexOf(id, tokens);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(otherSenseOf(record.type, tokens, at)).toBeNull();
  });
});

test("a sense applies only to its relation type", () => {
  const tokens = tokenize("Guterres called for a ceasefire.");
  const at = triggerIndexOf("called.called-for", tokens);
  expect(otherSense("CALLED", tokens, at)).toBe(true);
  expect(otherSense("MET", tokens, at)).toBe(false);
});

test("a naming complement after the phoned party makes 'call' a verb of naming", () => {
  const named = tokenize("Trump called Putin a liar.");
  const phoned = tokenize("Trump called Putin on Tuesday.");
  // The object "Putin" ends at token 3 in both.
  expect(namingCall(named, 3)).toBe(true);
  expect(namingCall(phoned, 3)).toBe(false);
  expect(namingCall(tokenize("Trump called Putin"), 3)).toBe(false);
});
