// What may follow CALL, and which functions may be called: `CALL { subquery }`, Neo4j's
// `CALL (x) { … }`, or an allow-listed procedure; never LadybugDB's `CALL name = value`.

import { functionRefusalWhy } from "./function-policy.js";
import { isAllowedProcedure, procedureRefusalWhy } from "./procedure-policy.js";
import { refuseAt, type CypherDialect, type CypherRefusal } from "./refusal.js";
import type { Token } from "./tokens.js";

const isPunct = (token: Token | undefined, text: string): boolean => token?.kind === "punct" && token.text === text;
const isNamePart = (token: Token | undefined): token is Token => token?.kind === "word" || token?.kind === "quoted";
/** A name part as the user spelled it (words keep their case, backticks are dropped). */
const namePart = (token: Token): string => (token.kind === "word" ? token.text : token.value);

/** A dotted name read forwards from tokens[from]: `db.index.fulltext.queryNodes`. */
function readNameForwards(tokens: readonly Token[], from: number): { name: string; next: number } {
  const parts = [namePart(tokens[from]!)];
  let i = from + 1;
  while (isPunct(tokens[i], ".") && isNamePart(tokens[i + 1])) {
    parts.push(namePart(tokens[i + 1]!));
    i += 2;
  }
  return { name: parts.join("."), next: i };
}

/** Checks what follows the CALL keyword at tokens[i]. */
export function checkCall(
  query: string,
  tokens: readonly Token[],
  i: number,
  dialect: CypherDialect,
): CypherRefusal | undefined {
  const call = tokens[i]!;
  const next = tokens[i + 1];
  if (isPunct(next, "{")) return undefined;
  if (isPunct(next, "(")) return checkScopeClause(query, tokens, i);
  if (!isNamePart(next)) {
    return refuseAt(
      query,
      call.start,
      "CALL without a procedure name or { subquery }",
      "CALL must name an allowed procedure",
    );
  }
  const { name, next: after } = readNameForwards(tokens, i + 1);
  // LadybugDB: `CALL threads=1`, `CALL TIMEOUT=0`, `CALL var_length_extend_max_depth=99`.
  if (tokens[after]?.kind === "punct" && tokens[after]!.text.startsWith("=")) {
    return refuseAt(
      query,
      next.start,
      `CALL ${name} = … is not allowed`,
      "it changes the engine's settings for the connection",
    );
  }
  if (isAllowedProcedure(name, dialect)) return undefined;
  return refuseAt(query, next.start, `procedure ${name} is not allowed`, procedureRefusalWhy(name, dialect));
}

/** Neo4j 5 `CALL (a, b) { … }`, `CALL () { … }`, `CALL (*) { … }`: a variable list, then a brace. */
function checkScopeClause(query: string, tokens: readonly Token[], i: number): CypherRefusal | undefined {
  let j = i + 2;
  while (
    tokens[j]?.kind === "word" ||
    tokens[j]?.kind === "quoted" ||
    isPunct(tokens[j], ",") ||
    isPunct(tokens[j], "*")
  )
    j += 1;
  if (isPunct(tokens[j], ")") && isPunct(tokens[j + 1], "{")) return undefined;
  return refuseAt(
    query,
    tokens[i]!.start,
    "CALL ( … ) without a { subquery }",
    "CALL must name an allowed procedure or open a subquery",
  );
}

/** Checks the function called at the "(" in tokens[i], if a name stands before it. */
export function checkFunctionCall(query: string, tokens: readonly Token[], i: number): CypherRefusal | undefined {
  let first = i - 1;
  if (!isNamePart(tokens[first])) return undefined;
  while (isPunct(tokens[first - 1], ".") && isNamePart(tokens[first - 2])) first -= 2;
  // The procedure after CALL was checked by checkCall.
  const before = tokens[first - 1];
  if (before?.kind === "word" && before.value === "CALL") return undefined;
  const name = readNameForwards(tokens, first).name;
  const why = functionRefusalWhy(name) ?? (name.toLowerCase() === "range" ? rangeRefusalWhy(tokens, i) : undefined);
  return why ? refuseAt(query, tokens[first]!.start, `function ${name} is not allowed`, why) : undefined;
}

/** Largest number literal allowed inside range(): the engine builds the whole list in memory. */
export const MAX_RANGE_LITERAL = 1_000_000;

/**
 * range() materialises its list before any timeout can fire (UNWIND range(1, 1e9) exhausts the
 * server's memory), so a literal bound past MAX_RANGE_LITERAL is refused. Bounds computed from
 * expressions or parameters are not seen here.
 */
function rangeRefusalWhy(tokens: readonly Token[], open: number): string | undefined {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isPunct(t, "(")) depth += 1;
    else if (isPunct(t, ")") && --depth === 0) return undefined;
    else if (t.kind === "number" && Math.abs(Number(t.text.replace(/_/g, ""))) > MAX_RANGE_LITERAL) {
      return `its bound ${t.text} is over ${MAX_RANGE_LITERAL.toLocaleString("en")}; the list would be built in memory`;
    }
  }
  return undefined;
}
