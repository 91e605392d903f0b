// XML-safe text: only characters XML 1.0 cannot hold are dropped.

import { xmlSafe } from "../../server/export/xml-text.js";

test("keeps tabs, line breaks, markup characters and any script", () => {
  const text = "a\tb\nc\rd <e> & \"f\" 'g' café Дмитрий 🙂 \u2028";
  expect(xmlSafe(text)).toBe(text);
});

test("drops control characters, non-characters and lone surrogates", () => {
  expect(xmlSafe("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h")).toBe("abcdefgh");
});
