// Where an imported event's source leads: only absolute http(s) URLs become links; anything else
// (javascript:, data:, relative or malformed text) is shown as text, never followed.

import { safeSourceUrl } from "../../client/src/details/event-evidence.js";

test("http and https URLs are linked, normalised", () => {
  expect(safeSourceUrl("http://armenpress.am/eng/news/1")).toBe("http://armenpress.am/eng/news/1");
  expect(safeSourceUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
});

test("other schemes, relative paths, malformed text and nothing are not linked", () => {
  for (const raw of [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,x",
    "ftp://x.org/f",
    "/news/1",
    "armenpress.am",
    "",
    null,
  ])
    expect(safeSourceUrl(raw)).toBeNull();
});
