// Text made safe for XML 1.0: news text can carry control characters or broken surrogates
// that no XML parser accepts, even escaped, so they are dropped rather than written.

// Everything outside XML 1.0's Char production (lone surrogates included, thanks to the u flag).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}
