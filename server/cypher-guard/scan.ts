// One pass over a statement's tokens that finds the first thing a read-only endpoint must
// refuse: a denied keyword used as a keyword, a CALL outside the allow-list, a denied function.

import { checkCall, checkFunctionCall } from "./call-check.js";
import { backtickHint, deniedKeyword } from "./keyword-policy.js";
import { isUsedAsName } from "./name-context.js";
import { refuseAt, type CypherDialect, type CypherRefusal } from "./refusal.js";
import type { Token } from "./tokens.js";

const OPENING: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

/** Keeps the stack of open brackets, which tells a map key from anything else. */
function trackBracket(stack: string[], text: string): void {
  if (text === "(" || text === "[" || text === "{") stack.push(text);
  else if (OPENING[text] && stack.at(-1) === OPENING[text]) stack.pop();
}

/** Scans tokens[from…] and returns the first refusal, or undefined when all is allowed. */
export function findForbidden(
  query: string,
  tokens: readonly Token[],
  dialect: CypherDialect,
  from: number,
): CypherRefusal | undefined {
  const brackets: string[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    let refusal: CypherRefusal | undefined;
    if (token.kind === "punct") {
      trackBracket(brackets, token.text);
      if (token.text === "(") refusal = checkFunctionCall(query, tokens, i);
    } else if (token.kind === "word" && !isUsedAsName(tokens, i, brackets.at(-1))) {
      refusal = checkKeyword(query, tokens, i, dialect);
    }
    if (refusal) return refusal;
  }
  return undefined;
}

function checkKeyword(
  query: string,
  tokens: readonly Token[],
  i: number,
  dialect: CypherDialect,
): CypherRefusal | undefined {
  const token = tokens[i]!;
  const denied = deniedKeyword(token.value);
  if (denied) {
    const why = standsWhereANameWould(tokens, i) ? `${denied.why} (${backtickHint(token.text)})` : denied.why;
    return refuseAt(query, token.start, `${denied.what} is not allowed`, why);
  }
  if (token.value === "CALL") return checkCall(query, tokens, i, dialect);
  // `CALL { … } IN [n] [CONCURRENT] TRANSACTIONS` commits batches on its own (Neo4j).
  if (token.value === "TRANSACTIONS") {
    return refuseAt(query, token.start, "CALL { … } IN TRANSACTIONS is not allowed", "it commits batches of its own");
  }
  // LadybugDB `COMMENT ON TABLE x IS '…'` writes to the catalogue.
  if (token.value === "COMMENT" && tokens[i + 1]?.kind === "word" && tokens[i + 1]?.value === "ON") {
    return refuseAt(query, token.start, "COMMENT ON is not allowed", "it writes to the catalogue");
  }
  return undefined;
}

/** `… AS start`, `(set)`, `[x IN use | …]`: places where the user most likely meant a name. */
function standsWhereANameWould(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.kind === "word" && before.value === "AS") return true;
  return after === undefined || (after.kind === "punct" && [")", ",", ".", "]", "}"].includes(after.text));
}
