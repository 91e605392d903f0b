// What the console adds to a Cypher error the server passes on from the engine: a parser's
// grammar-rule name is no help to a reader, and a function missing from one dialect has a
// known stand-in. Rules are data: an id, the message they match, an example query that gets it.

export interface CypherErrorHint {
  id: string;
  /** Matches the engine's message. */
  pattern: RegExp;
  /** Replaces the matched part of the message ("" drops it). */
  replace?: string;
  /** Appended after the message. */
  hint?: string;
  example: string;
}

export const CYPHER_ERROR_HINTS: readonly CypherErrorHint[] = [
  {
    id: "grammar-rule-name",
    // Any grammar's prefix: openCypher's oC_, and the embedded parser's own iC_ and kU_ rules.
    pattern: /:?\s*expected rule [A-Za-z]+_\w+/,
    replace: "",
    example: "MATCH (a) RETURN a LIMT 3",
  },
  {
    id: "no-type-function",
    pattern: /function TYPE does not exist/i,
    hint: "This engine has no type(r): label(r) gives a relationship's type.",
    example: "MATCH ()-[r]->() RETURN type(r)",
  },
  {
    id: "no-labels-predicate",
    pattern: /function LABELS does not exist/i,
    hint: "This engine has no labels(n): label(n) gives a node's label.",
    example: "MATCH (n) RETURN labels(n)",
  },
];

/** The message as shown: rule names dropped, hints for known dialect gaps appended. */
export function explainCypherError(message: string): string {
  let text = message;
  const hints: string[] = [];
  for (const rule of CYPHER_ERROR_HINTS) {
    if (!rule.pattern.test(text)) continue;
    if (rule.replace !== undefined) text = text.replace(rule.pattern, rule.replace);
    if (rule.hint) hints.push(rule.hint);
  }
  return [text, ...hints].join(" ");
}
