// When a keyword-like word is really a name: a property (`n.set`), a label or type (`:Delete`),
// a map key (`{create: 1}`). Only places where no engine can read a clause count.

import type { Token } from "./tokens.js";

const isPunct = (token: Token | undefined, text: string): boolean => token?.kind === "punct" && token.text === text;

/** Tokens a property can be read from: `n.x`, `$p.x`, `` `a b`.x ``, `(expr).x`, `list[0].x`, `{…}.x`. */
function canHaveProperty(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === "word" || token.kind === "quoted" || token.kind === "parameter") return true;
  return token.kind === "punct" && (token.text === ")" || token.text === "]" || token.text === "}");
}

/**
 * True when tokens[i] (a word) is used as a name.
 * @param innermostBracket the innermost open bracket at tokens[i]: "(", "[", "{" or undefined.
 */
export function isUsedAsName(tokens: readonly Token[], i: number, innermostBracket: string | undefined): boolean {
  const before = tokens[i - 1];
  // Property access: no engine lexes a number ending in "." (`1.` needs digits after the
  // point), so a keyword after "." is a property key; we still insist on something before it.
  if (isPunct(before, ".")) return canHaveProperty(tokens[i - 2]);
  // Label, relationship type, or a map value: nothing in either grammar puts a clause after ":".
  if (isPunct(before, ":")) return true;
  // Map key: `{set: 1, create: 2}` — a clause is never followed by ":".
  const after = tokens[i + 1];
  return innermostBracket === "{" && isPunct(after, ":") && (isPunct(before, "{") || isPunct(before, ","));
}
