// A small Cypher tokenizer for the read-only guard: it only has to tell keywords apart from
// what can hide them (comments, strings, backtick names, parameters), never to parse Cypher.

export type TokenKind = "word" | "quoted" | "string" | "parameter" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  /** The token exactly as written. */
  text: string;
  /** Words: upper case; quoted names: the name without backticks; others: the text. */
  value: string;
  /** JS string offsets into the query, end exclusive. */
  start: number;
  end: number;
}

export type TokenizeResult =
  { ok: true; tokens: Token[] } | { ok: false; problem: string; why: string; offset: number };

// Identifier characters are kept narrow on purpose: anything we do not count as part of a
// word splits it, so the guard sees at least every keyword the engine sees, never fewer.
// (Both engines let numbers swallow letters, `1CREATE` is one token to them: splitting is safe.)
const WORD = /[\p{L}_][\p{L}\p{Nd}_]*/uy;
const NUMBER = /0x[0-9a-fA-F]+|0o[0-7]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * A parameter name is a word, or a number the way LadybugDB reads one (`$1`, `$0`). Neo4j reads
 * `$1LOAD` as one name where LadybugDB reads `$1` then LOAD, so a number running on into name
 * characters is refused below rather than read either way.
 */
const PARAMETER_NAME = /[\p{L}_][\p{L}\p{Nd}_]*|0|[1-9][0-9]*/uy;
/** Anything that could continue a name in either engine (Unicode's identifier set, and `$`). */
const NAME_CONTINUES = /[\p{ID_Continue}\p{L}\p{Nd}_$]/u;
/**
 * Only characters both engines skip as whitespace. Others they skip (U+0085, U+001C-1F,
 * U+180E) become punctuation here, which splits words and so can only add keywords.
 */
const WHITESPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

const CLOSE_IT = "every string, comment and backtick name must be closed";

/** Text the guard will not read, because an engine might read it differently. */
class Unreadable extends Error {
  constructor(
    readonly problem: string,
    readonly offset: number,
    readonly why: string = CLOSE_IT,
  ) {
    super(problem);
  }
}

/** Splits a query into tokens, dropping whitespace and comments. */
export function tokenizeCypher(query: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  try {
    while (i < query.length) {
      const ch = query[i]!;
      if (WHITESPACE.test(ch)) {
        i += 1;
      } else if (query.startsWith("//", i) || query.startsWith("/*", i)) {
        i = skipComment(query, i);
      } else {
        const token = readToken(query, i);
        tokens.push(token);
        i = token.end;
      }
    }
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, problem: error.problem, why: error.why, offset: error.offset };
    throw error;
  }
  return { ok: true, tokens };
}

/** Returns the offset just after the comment starting at `start`. */
function skipComment(query: string, start: number): number {
  if (query.startsWith("//", start)) {
    const match = /[\r\n]/g;
    match.lastIndex = start;
    const found = match.exec(query);
    return found ? found.index : query.length;
  }
  const close = query.indexOf("*/", start + 2);
  if (close < 0) throw new Unreadable("unterminated comment /*", start);
  // LadybugDB's grammar (openCypher's) cannot end a comment with "**/": it would read on.
  if (close > start + 2 && query[close - 1] === "*") {
    throw new Unreadable("a comment ending in **/", start, "the engines disagree on where it ends; end it with */");
  }
  return close + 2;
}

function readToken(query: string, start: number): Token {
  const ch = query[start]!;
  if (ch === "'" || ch === '"') return make("string", query, start, stringEnd(query, start));
  if (ch === "`") {
    const end = backtickEnd(query, start);
    return { ...make("quoted", query, start, end), value: query.slice(start + 1, end - 1).replaceAll("``", "`") };
  }
  if (ch === "$") return readParameter(query, start);
  const number = matchAt(NUMBER, query, start);
  if (number) return make("number", query, start, start + number.length);
  const word = matchAt(WORD, query, start);
  if (word) return { ...make("word", query, start, start + word.length), value: word.toUpperCase() };
  if (query.startsWith("..", start)) return make("punct", query, start, start + 2);
  // One code point, so a character outside the BMP is never cut in half.
  const codePoint = String.fromCodePoint(query.codePointAt(start)!);
  return make("punct", query, start, start + codePoint.length);
}

/** '…' or "…" with backslash escapes, as both engines lex them. */
function stringEnd(query: string, start: number): number {
  const quote = query[start];
  let i = start + 1;
  while (i < query.length) {
    const ch = query[i];
    if (ch === "\\") i += 2;
    else if (ch === quote) return i + 1;
    else i += 1;
  }
  throw new Unreadable(`unterminated string literal ${quote}`, start);
}

/** `…` where a doubled backtick stands for one backtick inside the name. */
function backtickEnd(query: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const close = query.indexOf("`", i);
    if (close < 0) throw new Unreadable("unterminated backtick-quoted name `", start);
    if (query[close + 1] !== "`") return close + 1;
    i = close + 2;
  }
}

/** $name, $0 or $`quoted name`; a lone $ is punctuation (and the word after it stays a word). */
function readParameter(query: string, start: number): Token {
  if (query[start + 1] === "`") return make("parameter", query, start, backtickEnd(query, start + 1));
  const name = matchAt(PARAMETER_NAME, query, start + 1);
  const end = start + 1 + (name?.length ?? 0);
  const next = end < query.length ? String.fromCodePoint(query.codePointAt(end)!) : "";
  if (name && /^[0-9]/.test(name) && NAME_CONTINUES.test(next)) {
    throw new Unreadable(
      `a parameter name that starts with a digit and runs on ($${name}${next}…)`,
      start,
      "the engines disagree on where it ends; start the name with a letter or end the number with a space",
    );
  }
  return make(name ? "parameter" : "punct", query, start, end);
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function make(kind: TokenKind, query: string, start: number, end: number): Token {
  const text = query.slice(start, end);
  return { kind, text, value: text, start, end };
}
