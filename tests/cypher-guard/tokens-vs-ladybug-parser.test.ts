// The guard against LadybugDB's own parser (an in-memory Database): every parameter-name trick
// the engine runs is refused by the guard, and every parameter the guard reads as one name is
// the parameter LadybugDB binds under that name.

import { Connection, Database } from "@ladybugdb/core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../../graph-schema/seeded-random.js";
import { tokenizeCypher, vetReadOnlyCypher } from "../../server/cypher-guard/index.js";
import { DIALECTS } from "./expect-verdict.js";
import { PARAMETER_TRICKS, TRICK_PARAMS, trickQuery } from "./parameter-tricks.js";

const CANARY = "canary-7d3f";
let db: Database;
let conn: Connection;
let dir: string;
let canaryFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "guard-ladybug-"));
  canaryFile = join(dir, "canary.txt");
  writeFileSync(canaryFile, `${CANARY}:x:0:0\n`);
  db = new Database(":memory:");
  conn = new Connection(db);
});

afterAll(async () => {
  await conn.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What LadybugDB answers to a statement, or its error message. */
async function runOnLadybug(query: string, params: Record<string, unknown>): Promise<unknown[] | string> {
  const prepared = await conn.prepare(query);
  if (!prepared.isSuccess()) return prepared.getErrorMessage();
  try {
    const result = await conn.execute(prepared, params as never);
    return await (Array.isArray(result) ? result[0]! : result).getAll();
  } catch (error) {
    return (error as Error).message;
  }
}

describe.each(PARAMETER_TRICKS)("$id", (trick) => {
  test("is refused by the guard in both dialects, wherever LadybugDB would run it", async () => {
    const query = trickQuery(trick, canaryFile);
    for (const dialect of DIALECTS) expect(vetReadOnlyCypher(query, dialect).ok).toBe(false);
    const answer = await runOnLadybug(query, TRICK_PARAMS);
    // The premise: the engine really runs the ones marked so (a file read shows the canary).
    if (trick.runsOnLadybug) expect(Array.isArray(answer)).toBe(true);
    if (trick.runsOnLadybug && trick.id.includes("LOAD")) expect(JSON.stringify(answer)).toContain(CANARY);
  });
});

/** Short strings of characters where the engines' ideas of a name could part ways. */
function parameterNames(count: number): string[] {
  const alphabet = ["0", "1", "7", "a", "Z", "_", "$", "١", "é", "x", "L", "\u0301", "Ⅰ", "·", "`"];
  const random = seededRandom(10);
  const names = new Set<string>();
  while (names.size < count) {
    const length = 1 + Math.floor(random() * 4);
    names.add(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
  }
  return [...names];
}

test("a parameter the guard reads as one name is bound by LadybugDB under that same name", async () => {
  let compared = 0;
  for (const name of parameterNames(400)) {
    const query = `RETURN $${name} AS v`;
    const lexed = tokenizeCypher(query);
    if (!lexed.ok) continue;
    const parameter = lexed.tokens[1]!;
    if (parameter.kind !== "parameter" || lexed.tokens[2]?.text !== "AS" || parameter.text.startsWith("$`")) continue;
    compared += 1;
    const answer = await runOnLadybug(query, { [parameter.text.slice(1)]: 42 });
    if (!Array.isArray(answer))
      throw new Error(`${JSON.stringify(query)}: the guard reads one parameter, LadybugDB: ${answer}`);
    expect(answer).toEqual([{ v: 42 }]);
  }
  expect(compared).toBeGreaterThan(20);
});
