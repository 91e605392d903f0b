// The resource attacks of issue 10 on POST /api/cypher (deep nesting of each literal kind, computed
// `range`, `lpad`, nested `CASE`, two runaways at once) and the assertions every engine must meet:
// a refusal or limit status that names the limit, a server that still answers at once, and a
// bounded resident size. Engine-neutral: a test file calls describeCypherAttacks with a server.

import { readFileSync } from "node:fs";
import { residentMiB } from "./server-process.js";

export interface AttackTarget {
  baseUrl: string;
  /** The process serving the API, whose resident memory must stay bounded. */
  pid: number;
}

export interface CypherAttack {
  id: string;
  query: string;
  /** Statuses that count as the attack being refused or stopped (never a 5xx other than 504). */
  stoppedWith: readonly number[];
  /**
   * Engines that answer it correctly within their limits, which is as good as stopping it: Neo4j
   * streams `UNWIND range(…)` into a count without building the list.
   */
  answeredOn?: readonly string[];
}

const nested = (open: string, close: string, depth: number, inner = "1"): string =>
  open.repeat(depth) + inner + close.repeat(depth);

function nestedCase(depth: number): string {
  let expression = "1";
  for (let i = 0; i < depth; i++) expression = `CASE WHEN true THEN ${expression} ELSE 0 END`;
  return expression;
}

/** 400: refused as malformed; 403: refused by the guard; 422: a memory limit or a crash; 504: the time limit. */
const STOPPED = [400, 403, 422, 504] as const;

/** Passes the guard and runs until the time limit on either engine (10^10 rows, filtered). */
export const RUNAWAY_QUERY =
  "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS n";

export const CYPHER_ATTACKS: readonly CypherAttack[] = [
  { id: "parentheses 3,000 deep", query: `RETURN ${nested("(", ")", 3000)} AS v`, stoppedWith: STOPPED },
  { id: "list literal 5,000 deep", query: `RETURN ${nested("[", "]", 5000)} AS v`, stoppedWith: STOPPED },
  { id: "map literal 2,000 deep", query: `RETURN ${nested("{a: ", "}", 2000)} AS v`, stoppedWith: STOPPED },
  {
    id: "computed range(1, 10000*1000)",
    query: "UNWIND range(1, 10000*1000) AS x RETURN count(x) AS n",
    stoppedWith: STOPPED,
    answeredOn: ["neo4j"],
  },
  { id: "lpad to a billion characters", query: "RETURN size(lpad('a', 1000000000, 'b')) AS n", stoppedWith: STOPPED },
  { id: "CASE WHEN nested 50 deep", query: `RETURN ${nestedCase(50)} AS v`, stoppedWith: STOPPED },
  {
    // Filtered, so neither engine can count the rows without producing them.
    id: "a cross product of 10^10 rows",
    query: RUNAWAY_QUERY,
    stoppedWith: STOPPED,
  },
];

const attack = (id: string): CypherAttack => {
  const found = CYPHER_ATTACKS.find((a) => a.id === id);
  if (!found) throw new Error(`no attack "${id}"`);
  return found;
};

/** An ordinary statement that must keep working between attacks. */
export const ORDINARY_QUERY = "MATCH (p:Person) RETURN count(p) AS people";
/** How fast /api/health and an ordinary statement must answer after an attack (the bound). */
export const ANSWER_WITHIN_MS = 1_000;
/** Bound on the API process's resident memory, and on its growth over the whole attack run. */
export const SERVER_RSS_LIMIT_MIB = 600;
export const SERVER_RSS_GROWTH_MIB = 100;

export interface Answer {
  status: number;
  contentType: string;
  body: string;
  ms: number;
}

export async function postCypher(target: AttackTarget, query: string, params: object = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${target.baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  const body = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  return { status: response.status, contentType, body, ms: performance.now() - started };
}

async function getHealth(target: AttackTarget): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${target.baseUrl}/api/health`);
  const body = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  return { status: response.status, contentType, body, ms: performance.now() - started };
}

/**
 * A refusal is problem+json whose detail names why; a stop names the limit that was hit. On an
 * engine that answers the attack within its limits, a correct answer is accepted instead.
 */
export function expectStopped(answer: Answer, attack: Omit<CypherAttack, "id" | "query">, engine = ""): void {
  if (answer.status === 200 && attack.answeredOn?.includes(engine)) return;
  expect(attack.stoppedWith).toContain(answer.status);
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  const detail = String((JSON.parse(answer.body) as { detail?: unknown }).detail);
  if (answer.status === 504) expect(detail).toMatch(/time limit/);
  if (answer.status === 422) expect(detail).toMatch(/memory limit|crashed/);
  expect(detail.length).toBeGreaterThan(10);
}

/** The server still answers at once: health, then an ordinary statement. */
export async function expectServing(target: AttackTarget, ordinaryWithinMs = ANSWER_WITHIN_MS): Promise<void> {
  const health = await getHealth(target);
  expect(health.status).toBe(200);
  expect(health.ms).toBeLessThan(ANSWER_WITHIN_MS);
  const ordinary = await postCypher(target, ORDINARY_QUERY);
  expect(ordinary.status).toBe(200);
  expect((JSON.parse(ordinary.body) as { rows: { people: number }[] }).rows[0]!.people).toBeGreaterThan(0);
  expect(ordinary.ms).toBeLessThan(ordinaryWithinMs);
}

/**
 * Every attack against a running server. `target` is read when the tests run (set it in a
 * beforeAll); `spareStartMs` is how long a replacement process may take to start where a runaway
 * took every ready one (0 on engines without processes to replace).
 */
export function describeCypherAttacks(target: () => AttackTarget, spareStartMs: number, engine: string): void {
  let startRss = 0;
  beforeAll(async () => {
    // A first statement readies the engine (on the embedded one: starts its query processes).
    expect((await postCypher(target(), ORDINARY_QUERY)).status).toBe(200);
    startRss = await residentMiB(target().pid);
  });

  test.each(CYPHER_ATTACKS.map((a) => [a.id, a] as const))(
    "%s is stopped and the server keeps serving",
    async (_id, attack) => {
      expectStopped(await postCypher(target(), attack.query), attack, engine);
      await expectServing(target());
      expect(await residentMiB(target().pid)).toBeLessThan(SERVER_RSS_LIMIT_MIB);
    },
  );

  test("two runaway statements at once are both stopped, and do not block a third", async () => {
    // Two that pass the guard and run until a limit stops them, on either engine.
    const [a, b] = [attack("a cross product of 10^10 rows"), attack("lpad to a billion characters")];
    const runaways = Promise.all([postCypher(target(), a.query), postCypher(target(), b.query)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const meanwhile = await postCypher(target(), ORDINARY_QUERY);
    const [first, second] = await runaways;
    expect(meanwhile.status).toBe(200);
    expect(meanwhile.ms).toBeLessThan(ANSWER_WITHIN_MS + spareStartMs);
    expectStopped(first, a, engine);
    expectStopped(second, b, engine);
    await expectServing(target(), ANSWER_WITHIN_MS + spareStartMs);
  });

  test("the server's resident memory stayed bounded through every attack", async () => {
    const rss = await residentMiB(target().pid);
    expect(rss).toBeLessThan(SERVER_RSS_LIMIT_MIB);
    expect(rss - startRss).toBeLessThan(SERVER_RSS_GROWTH_MIB);
  });
}

/** Statements that try to read a file, whatever the guard makes of them: none may return its content. */
export function fileReadAttempts(file: string, tricks: readonly string[]): string[] {
  const load = `LOAD FROM '${file}' (file_format='csv', header=false) RETURN *`;
  return [load, `UNWIND [1] AS x WITH x WHERE x = $1${load}`, ...tricks];
}

/** The canary's content never appears in any answer. */
export async function expectCanaryUnread(target: AttackTarget, canary: string, queries: string[]): Promise<void> {
  const secret = readFileSync(canary, "utf8").trim();
  for (const query of queries) {
    const answer = await postCypher(target, query, { "0": 1, "1": 1, "123": 1 });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).not.toContain(secret);
  }
}
