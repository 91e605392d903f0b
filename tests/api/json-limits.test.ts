// The shape limits on JSON bodies: depth counted inside each member of the body, keys and items
// counted over the whole body, strings measured as keys and as values; the first breach is named.

import { findJsonLimitBreach, type JsonLimits } from "../../server/api/json-limits.js";

const LIMITS: JsonLimits = { maxDepth: 3, maxItems: 10, maxStringLength: 5 };
const breach = (body: unknown) => findJsonLimitBreach(body, LIMITS);

test("a body within every limit passes", () => {
  expect(breach({ q: "abc", p: { a: [[1]] } })).toBeUndefined();
  expect(breach({})).toBeUndefined();
  expect(breach([[["x"]]])).toBeUndefined();
  expect(breach("short")).toBeUndefined();
});

test("depth is counted inside a member: the member's own value is level 1", () => {
  expect(breach({ p: { a: [[1]] } })).toBeUndefined();
  expect(breach({ p: { a: [[[1]]] } })).toEqual({ member: "p", message: "nested deeper than 3 levels" });
  expect(breach([[[[1]]]])).toEqual({ member: "body", message: "nested deeper than 3 levels" });
});

test("empty containers count as levels too", () => {
  expect(breach({ p: [[[]]] })).toBeUndefined();
  expect(breach({ p: [[[[]]]] })).toEqual({ member: "p", message: "nested deeper than 3 levels" });
});

test("keys and items are counted over the whole body, top-level keys included", () => {
  expect(breach({ a: [1, 2, 3, 4], b: [1, 2, 3, 4] })).toBeUndefined();
  expect(breach({ a: [1, 2, 3, 4], b: [1, 2, 3, 4, 5] })?.message).toBe(
    "makes the body hold more than 10 keys and array items",
  );
  const flat = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
  expect(breach(flat)).toEqual({ member: "body", message: "holds more than 10 keys and array items" });
});

test("strings are measured as values and as keys, at any level", () => {
  expect(breach({ q: "123456" })).toEqual({ member: "q", message: "holds a string longer than 5 characters" });
  expect(breach({ p: { "123456": 1 } })?.member).toBe("p");
  expect(breach({ "123456": 1 })?.member).toBe("body");
  expect(breach("123456")?.member).toBe("body");
});

test("a body far deeper than the stack could recurse is judged without overflowing", () => {
  let deep: unknown = 1;
  for (let i = 0; i < 200_000; i++) deep = [deep];
  expect(findJsonLimitBreach({ p: deep }, { ...LIMITS, maxDepth: 199_999, maxItems: 1e6 })?.message).toBe(
    "nested deeper than 199999 levels",
  );
});
