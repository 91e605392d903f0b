// The trigger pattern language: words by lemma, optional words, gaps of up to five words that stop at
// blocked tokens and punctuation, and the end of the shortest match.

import { compilePattern, matchAt, PatternIndex } from "../../../server/ingest/extract/pattern.js";
import { tokenize } from "../../../server/ingest/extract/text.js";

/** End (in words from `from`) of the match of `pattern` at word `from` of `text`, or -1. */
function matchEnd(pattern: string, text: string, from = 0, blocked: (k: number) => boolean = () => false): number {
  const end = matchAt(compilePattern(pattern), tokenize(text), from, blocked);
  return end < 0 ? -1 : end - from;
}

test("words match any form of their lemma; an optional word may be left out", () => {
  expect(matchEnd("offer to? mediate", "offered to mediate between them")).toBe(3);
  expect(matchEnd("offer to? mediate", "offers mediation")).toBe(-1);
  expect(matchEnd("phone? call", "call with Putin")).toBe(1);
  expect(matchEnd("phone? call", "phone call with Putin")).toBe(2);
});

test("a gap spans up to five words, the shortest match first", () => {
  expect(matchEnd("call * baseless", "called the reports baseless")).toBe(4);
  expect(matchEnd("call * baseless", "called baseless")).toBe(2);
  expect(matchEnd("call * baseless", "called these latest reports by the two agencies baseless")).toBe(-1);
  expect(matchEnd("insist * not", "insisted that it would not")).toBe(5);
});

test("a gap does not cross a blocked token or punctuation", () => {
  const text = "called the reports, in short, baseless";
  expect(matchEnd("call * baseless", text)).toBe(-1);
  expect(matchEnd("call * baseless", "called the reports baseless", 0, (k) => k === 2)).toBe(-1);
});

test("a gap crosses the hyphen inside a common compound, not a hyphen between names or a dash", () => {
  expect(matchEnd("deliver * jets to", "delivered F-16 jets to Kyiv")).toBe(6);
  expect(matchEnd("ask * for funding", "asked them for air-defence funding")).toBe(-1);
  expect(matchEnd("seek * funding", "sought air-defence funding")).toBe(5);
  expect(matchEnd("direct * talks", "direct US-Iran talks")).toBe(-1);
  expect(matchEnd("deliver * jets", "delivered them - jets")).toBe(-1);
});

test("a match starts at the token asked for", () => {
  expect(matchEnd("deny", "Moscow denied it", 1)).toBe(1);
  expect(matchEnd("deny", "Moscow denied it", 0)).toBe(-1);
});

test("an index offers a token the patterns that can start at it, in the order given", () => {
  const items = ["phone? call", "offer to? mediate", "call for", "deny|reject report", "meet"].map((source) => ({
    source,
    pattern: compilePattern(source),
  }));
  const index = new PatternIndex(items);
  const at = (word: string): string[] => index.startingAt(tokenize(word)[0]!).map((i) => i.source);
  // "phone? call" may open on either word, so it is offered everywhere.
  expect(at("called")).toEqual(["phone? call", "call for"]);
  expect(at("offered")).toEqual(["phone? call", "offer to? mediate"]);
  expect(at("rejected")).toEqual(["phone? call", "deny|reject report"]);
  expect(at("met")).toEqual(["phone? call", "meet"]);
  expect(at("Putin")).toEqual(["phone? call"]);
});
