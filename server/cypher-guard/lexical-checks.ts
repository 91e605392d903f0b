// Spellings an engine reads differently from this guard's tokenizer, refused before anything
// else: Neo4j's \uXXXX decoding and Cypher 25's interpolated strings.

import { refuseAt, type CypherDialect, type CypherRefusal } from "./refusal.js";
import type { Token } from "./tokens.js";

/**
 * Neo4j decodes \uXXXX (also \uuXXXX) before it lexes the query, anywhere, so
 * `CR\u0045ATE` is CREATE and '\u0027' closes a string. LadybugDB decodes them only inside
 * strings, as one character of the string, so there they are harmless.
 */
export function checkUnicodeEscapes(query: string, dialect: CypherDialect): CypherRefusal | undefined {
  if (dialect !== "neo4j") return undefined;
  const at = query.indexOf("\\u");
  if (at < 0) return undefined;
  return refuseAt(
    query,
    at,
    "the unicode escape \\u is not allowed",
    "Neo4j decodes it before reading the query, so it could hide a keyword; type the character itself or pass the value as a parameter",
  );
}

/** Cypher 25 `s'… {expr} …'`: the braces hold code, which the tokenizer would take for text. */
export function checkInterpolatedStrings(query: string, tokens: readonly Token[]): CypherRefusal | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (token.kind === "word" && token.value === "S" && next.kind === "string" && next.start === token.end) {
      return refuseAt(query, token.start, "an interpolated string s'…' is not allowed", "join strings with + instead");
    }
  }
  return undefined;
}

/** Deepest nesting of brackets and CASE … END a statement may have. */
export const MAX_NESTING = 32;
const OPENS = new Set(["(", "[", "{", "CASE"]);
const CLOSES = new Set([")", "]", "}", "END"]);

/**
 * Both engines parse nested expressions recursively: thousands of brackets crashed the embedded
 * parser, and kept Neo4j's busy past its transaction timeout (parsing is not interruptible), and
 * 50 nested CASEs never finished on the embedded engine. No real question nests this deep.
 */
export function checkNestingDepth(query: string, tokens: readonly Token[]): CypherRefusal | undefined {
  let depth = 0;
  for (const [i, token] of tokens.entries()) {
    // `n.end` and `n.case` are property names, not the keywords.
    const property = token.kind === "word" && tokens[i - 1]?.value === ".";
    const key = (token.kind === "word" && !property) || token.kind === "punct" ? token.value : "";
    if (OPENS.has(key)) depth++;
    else if (CLOSES.has(key)) depth = Math.max(0, depth - 1);
    if (depth > MAX_NESTING) {
      return refuseAt(
        query,
        token.start,
        `nesting deeper than ${MAX_NESTING} levels is not allowed`,
        "brackets and CASE expressions may be nested at most that deep",
      );
    }
  }
  return undefined;
}
