// The guard's tokenizer against Neo4j's own lexer (@neo4j-cypher/language-support): on random soups
// both must agree on comments, strings and backtick names; a disagreement would be a way past the guard.

import { highlightSyntax } from "@neo4j-cypher/language-support";
import { DENIED_KEYWORDS, tokenizeCypher, type Token } from "../../server/cypher-guard/index.js";
import { seededRandom } from "../../graph-schema/seeded-random.js";
import { Soup } from "./fuzz-queries.js";

// Reached through highlightSyntax, the only exported view of the lexer's tokens. Every keyword
// Neo4j lexes must be a word here too (or the name of a parameter).

interface Neo4jToken {
  start: number;
  end: number;
  text: string;
  /** "comment", "string", "name" (backtick-quoted) or "code". */
  kind: string;
}

/** highlightSyntax splits a multi-line string, comment or name into one token per line. */
function isOpen(token: Neo4jToken): boolean {
  if (token.kind === "comment") return token.text.startsWith("/*") && !token.text.endsWith("*/");
  if (token.kind === "name") return (token.text.match(/`/g)?.length ?? 0) % 2 === 1;
  if (token.kind !== "string") return false;
  for (let i = 1; i < token.text.length; i++) {
    if (token.text[i] === "\\") i += 1;
    else if (token.text[i] === token.text[0]) return i !== token.text.length - 1;
  }
  return true;
}

function neo4jTokens(query: string): Neo4jToken[] {
  const merged: Neo4jToken[] = [];
  for (const t of highlightSyntax(query)) {
    const start = t.position.startOffset;
    // Inside a parse error the highlighter reports the error node's text, not a lexer token.
    if (query.slice(start, start + t.token.length) !== t.token) continue;
    const kind =
      t.tokenType === "comment"
        ? "comment"
        : t.tokenType === "stringLiteral"
          ? "string"
          : t.token.startsWith("`")
            ? "name"
            : "code";
    const last = merged.at(-1);
    if (last && isOpen(last) && /^[\r\n]+$/.test(query.slice(last.end, start))) {
      Object.assign(last, { end: start + t.token.length, text: query.slice(last.start, start + t.token.length) });
    } else {
      merged.push({ start, end: start + t.token.length, text: t.token, kind });
    }
  }
  return merged;
}

const LINE_BREAK = /[\r\n\u2028\u2029]/;
const tokenAt = (ours: readonly Token[], offset: number): Token | undefined =>
  ours.find((t) => t.start <= offset && offset < t.end);

/** How our tokens read one character that Neo4j reads as part of `theirs`; undefined when they agree. */
function charProblem(ours: readonly Token[], theirs: Neo4jToken, offset: number): string | undefined {
  const mine = tokenAt(ours, offset);
  if (theirs.kind === "comment") return mine ? "inside a comment to Neo4j, a token here" : undefined;
  if (!mine) return "code to Neo4j, comment or whitespace here";
  if (theirs.kind === "string" && mine.kind !== "string") return "a string to Neo4j, not here";
  // A parameter token here holds Neo4j's `$` plus the name after it, quoted or not.
  if (theirs.kind === "name" && mine.kind !== "quoted" && mine.kind !== "parameter")
    return "a backtick name to Neo4j, not here";
  if (theirs.kind === "code" && (mine.kind === "string" || mine.kind === "quoted")) return "code to Neo4j, text here";
  return undefined;
}

/** Every disagreement between the two readings of one query, in words. */
function disagreements(query: string, ours: readonly Token[]): string[] {
  const problems: string[] = [];
  const denied = new Set(DENIED_KEYWORDS);
  for (const theirs of neo4jTokens(query)) {
    const at = `${JSON.stringify(theirs.text)} at ${theirs.start}`;
    for (let offset = theirs.start; offset < theirs.end; offset++) {
      const problem = LINE_BREAK.test(query[offset]!) ? undefined : charProblem(ours, theirs, offset);
      if (problem) {
        problems.push(`${at}, offset ${offset}: ${problem}`);
        break;
      }
    }
    const mine = tokenAt(ours, theirs.start);
    const sameWord = mine?.kind === "word" && mine.start === theirs.start && mine.text === theirs.text;
    const parameterName = mine?.kind === "parameter" && mine.start === theirs.start - 1;
    if (theirs.kind === "code" && denied.has(theirs.text.toUpperCase()) && !sameWord && !parameterName) {
      problems.push(`keyword ${at} is not a word here`);
    }
  }
  return problems;
}

/** Queries both lexers should read alike: ones the guard can tokenize, minus what it refuses before lexing. */
function comparable(query: string): Token[] | undefined {
  if (query.includes("\\u")) return undefined;
  const result = tokenizeCypher(query);
  if (!result.ok) return undefined;
  const interpolated = result.tokens.some(
    (t, i) => t.value === "S" && result.tokens[i + 1]?.kind === "string" && result.tokens[i + 1]!.start === t.end,
  );
  return interpolated ? undefined : result.tokens;
}

test.each([
  ["token soups", 11, 800, (soup: Soup) => soup.query()],
  ["character soups", 12, 1500, (soup: Soup) => soup.chars()],
])("%s read alike by both lexers", (_name, seed, count, make) => {
  const soup = new Soup(seededRandom(seed));
  let compared = 0;
  for (let i = 0; i < count; i++) {
    const query = make(soup);
    const ours = comparable(query);
    if (!ours) continue;
    compared += 1;
    const problems = disagreements(query, ours);
    if (problems.length) throw new Error(`${JSON.stringify(query)}:\n  ${problems.join("\n  ")}`);
  }
  expect(compared).toBeGreaterThan(count / 5);
});

test("hand-picked lexing corners agree", () => {
  const corners = [
    "RETURN 'a\\'b' // c 'd\nRETURN \"e\\\"f\" /* g */ `h``i`",
    "MATCH (n)-[:X*1..3]->(m) RETURN n.set, 1.5e3, .5, 0x1F",
    "RETURN 'CREATE /* x */' + \"// y\" AS `DELETE /*`",
    "RETURN 1 // x\rCREATE (n)",
    "RETURN 1 /* a\n*/ DELETE",
    "RETURN $`p q`, $0, $x",
    "RETURN $x1, $_a, $12 AS v, $é, $a١, $Дмитрий",
    "RETURN 'a\\\\' + 'b'",
    "MATCH\u00a0(n)\u2028RETURN\u3000n",
  ];
  for (const query of corners) {
    const ours = comparable(query);
    expect(ours).toBeDefined();
    expect(disagreements(query, ours!)).toEqual([]);
  }
});

/** The parameter name Neo4j reads after the `$` at `dollar`, or undefined when it reads none there. */
function neo4jParameterName(query: string, dollar: number): string | undefined {
  const value = highlightSyntax(query).find(
    (t) => t.tokenType === "paramValue" && t.position.startOffset === dollar + 1,
  );
  return value?.token;
}

test("parameter names: where the guard reads one, Neo4j reads the same; a digit running into more is refused", () => {
  const names = ["1LOAD", "0x1F", "1_a", "123call", "01", "1١", "1e3", "x1", "_1", "a١", "é", "0", "42"];
  for (const name of names) {
    const query = `RETURN $${name} AS v`;
    const theirs = neo4jParameterName(query, 7);
    const lexed = tokenizeCypher(query);
    if (lexed.ok && lexed.tokens[1]?.kind === "parameter" && lexed.tokens[1].end === 8 + name.length) {
      expect([name, theirs]).toEqual([name, name]);
    } else if (/^[0-9]/.test(name)) {
      // Neo4j reads on past the digits (LadybugDB stops after them): the guard reads neither way.
      const digits = /^(?:0|[1-9][0-9]*)/.exec(name)![0];
      expect([name, (theirs ?? "").length > digits.length, lexed.ok]).toEqual([name, true, false]);
    }
  }
});
