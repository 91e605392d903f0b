// The method table read from the OpenAPI document: path templates match as Express matches them,
// GET brings HEAD, every path answers OPTIONS, and the documentation paths are included.

import { apiPathMethods } from "../../server/api/allowed-methods.js";

const allowFor = (path: string): string[] | undefined =>
  apiPathMethods().find((entry) => entry.pattern.test(path))?.allow;

test("each documented path with its methods, GET bringing HEAD and every path OPTIONS", () => {
  expect(allowFor("/cypher")).toEqual(["POST", "OPTIONS"]);
  expect(allowFor("/articles")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
  expect(allowFor("/entities")).toEqual(["GET", "HEAD", "OPTIONS"]);
  expect(allowFor("/openapi.json")).toEqual(["GET", "HEAD", "OPTIONS"]);
  expect(allowFor("/docs")).toEqual(["GET", "HEAD", "OPTIONS"]);
});

test("a {parameter} matches one path segment; a trailing slash and letter case do not matter", () => {
  expect(allowFor("/entities/vladimir-putin")).toEqual(["GET", "HEAD", "OPTIONS"]);
  expect(allowFor("/Entities/x/")).toEqual(["GET", "HEAD", "OPTIONS"]);
  expect(allowFor("/entities/a/b")).toBeUndefined();
  expect(allowFor("/openapiXjson")).toBeUndefined();
  expect(allowFor("/nothing")).toBeUndefined();
});
