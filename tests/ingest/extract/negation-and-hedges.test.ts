// The negation and hedge layers: which words a negation or possibility has in its scope, and which
// words or phrasings hedge a sentence.

import { findHedges } from "../../../server/ingest/extract/hedges.js";
import { findNegations, inScope } from "../../../server/ingest/extract/negation.js";
import { tokenize } from "../../../server/ingest/extract/text.js";

function words(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

test("a negation covers the verb it negates, through auxiliaries and adverbs", () => {
  const text = "Iran did not formally agree to talks.";
  const spans = findNegations(tokenize(text));
  const agree = words(text).indexOf("agree");
  expect(inScope(spans, "negated", agree)).toBe(true);
  expect(spans.find((s) => s.end === agree + 1)).toMatchObject({ kind: "negated", first: words(text).indexOf("not") });
  expect(inScope(spans, "negated", words(text).indexOf("talks"))).toBe(false);
  expect(inScope(spans, "hypothetical", agree)).toBe(false);
});

test("a refusal negates the verb after its 'to'; a plain sentence has no negation", () => {
  const text = "Moscow refused to meet the envoy.";
  expect(inScope(findNegations(tokenize(text)), "negated", words(text).indexOf("meet"))).toBe(true);
  expect(findNegations(tokenize("Moscow met the envoy on Tuesday."))).toEqual([]);
});

test("a possibility marker makes the act hypothetical", () => {
  const text = "Washington could impose sanctions.";
  const spans = findNegations(tokenize(text));
  expect(inScope(spans, "hypothetical", words(text).indexOf("impose"))).toBe(true);
  expect(inScope(spans, "negated", words(text).indexOf("impose"))).toBe(false);
});

test("hedge words and hedging phrasings are spans of their words", () => {
  const word = "Iran reportedly agreed.";
  expect(findHedges(tokenize(word), { start: 0, text: word })).toEqual([{ first: 1, end: 2, text: "reportedly" }]);
  const phrase = "Iran agreed, according to diplomats in Vienna.";
  const [hedge] = findHedges(tokenize(phrase), { start: 0, text: phrase });
  expect(hedge).toEqual({
    first: words(phrase).indexOf("according"),
    end: words(phrase).indexOf("in"),
    text: "according to diplomats",
  });
  const plain = "Iran agreed to talks.";
  expect(findHedges(tokenize(plain), { start: 0, text: plain })).toEqual([]);
});

test("a hedge in a sentence further on in the article is found at its own tokens", () => {
  const article = "Talks ended. Sources said Iran agreed.";
  const start = article.indexOf("Sources");
  const tokens = tokenize(article, start, article.length);
  const [hedge] = findHedges(tokens, { start, text: article.slice(start) });
  expect(hedge).toMatchObject({ first: 0, text: "sources said" });
});
