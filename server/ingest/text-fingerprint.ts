// An article's identity is its text: the same words in the same order, whatever the line breaks
// and spacing, are the same article, so ingesting it again changes nothing.

import { createHash } from "node:crypto";

export function textFingerprint(text: string): string {
  return createHash("sha256").update(text.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}

export const articleIdFor = (text: string): string => `art-${textFingerprint(text).slice(0, 16)}`;
