// Seeded fuzz of the guard against an independent, simpler oracle: whatever the guard accepts,
// the oracle must find no refused keyword in it; and the guard must never throw.

import { vetReadOnlyCypher, type CypherDialect } from "../../server/cypher-guard/index.js";
import { DIALECTS } from "./expect-verdict.js";
import { seededRandom } from "../../graph-schema/seeded-random.js";
import { Soup, WRITE_WORDS } from "./fuzz-queries.js";

// The oracle: a regex blanks out comments, strings and backtick names (leftmost-first, the rule
// a lexer follows), then looks for a refused keyword that is not a property key (after "."), a
// label (after ":") or a map key (before ":").
const OPAQUE = /\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|'(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*"|`(?:[^`]|``)*`/g;
const BARE_KEYWORD = new RegExp(
  `(?<![\\p{L}\\p{N}_$])(?<![.:]\\s*)(${WRITE_WORDS.join("|")})(?![\\p{L}\\p{N}_])(?!\\s*:)`,
  "iu",
);

/** The first refused keyword standing as a keyword, by the oracle's simpler reading. */
export function bareWriteKeyword(query: string): string | undefined {
  const code = query.replace(OPAQUE, (m) => (m.startsWith("/") ? " " : " lit "));
  return BARE_KEYWORD.exec(code)?.[1];
}

interface Tally {
  accepted: number;
  flagged: number;
}

function fuzz(seed: number, count: number, make: (soup: Soup) => string, dialect: CypherDialect): Tally {
  const soup = new Soup(seededRandom(seed));
  const tally: Tally = { accepted: 0, flagged: 0 };
  for (let i = 0; i < count; i++) {
    const query = make(soup);
    const verdict = vetReadOnlyCypher(query, dialect);
    const keyword = bareWriteKeyword(query);
    if (keyword) tally.flagged += 1;
    if (!verdict.ok) continue;
    tally.accepted += 1;
    if (keyword)
      throw new Error(`accepted ${JSON.stringify(query)} (${dialect}) although it holds ${keyword} as a keyword`);
    // What is handed back is a prefix of the query and passes again unchanged.
    expect(query.startsWith(verdict.statement)).toBe(true);
    expect(vetReadOnlyCypher(verdict.statement, dialect)).toEqual(verdict);
  }
  return tally;
}

test("the oracle itself sees through comments, strings, names and property keys", () => {
  expect(bareWriteKeyword("MATCH (n) CREATE (m)")).toBe("CREATE");
  expect(bareWriteKeyword("MATCH (n) // CREATE\nRETURN n.set, {merge: 1}, 'DELETE', `DROP`")).toBeUndefined();
  expect(bareWriteKeyword("RETURN 'a\\'CREATE' /* x */ set")).toBe("set");
  expect(bareWriteKeyword("RETURN created, $create, n:Delete")).toBeUndefined();
});

describe.each(DIALECTS)("fuzz (%s)", (dialect) => {
  test("token soups: never throws, never accepts a refused keyword", () => {
    const tally = fuzz(20_251_118, 4000, (soup) => soup.query(), dialect);
    // Not vacuous: both sides of the property are exercised.
    expect(tally.accepted).toBeGreaterThan(150);
    expect(tally.flagged).toBeGreaterThan(1500);
  });

  test("raw character soups: never throws, never accepts a refused keyword", () => {
    const tally = fuzz(7, 4000, (soup) => soup.chars(), dialect);
    expect(tally.accepted).toBeGreaterThan(20);
  });

  test("keyword-laden soups that start like a read", () => {
    const tally = fuzz(99, 2000, (soup) => `MATCH (n) ${soup.query()} RETURN n`, dialect);
    expect(tally.flagged).toBeGreaterThan(1000);
  });
});
