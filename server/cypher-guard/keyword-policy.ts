// Which keywords may start a statement and which may appear nowhere, with the reason a user
// is given. Both engines are covered at once: a keyword one engine lacks is simply an error there.

/** First keyword of an allowed statement (OPTIONAL must be followed by MATCH or CALL). */
export const STATEMENT_STARTS = new Set(["MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"]);

export const STATEMENT_STARTS_TEXT = "MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL";

interface DeniedKeyword {
  /** How the refusal names it, e.g. "write clause CREATE". */
  what: string;
  why: string;
}

const READ_ONLY = "this endpoint is read-only";
const OUTSIDE = "it reads or writes files, extensions or other databases, outside the graph";
const TRANSACTION = "each query runs in a read-only transaction of its own";
const ADMIN = "this endpoint only reads the graph";

function group(names: string[], what: (name: string) => string, why: string): [string, DeniedKeyword][] {
  return names.map((name) => [name, { what: what(name), why }]);
}

const DENIED = new Map<string, DeniedKeyword>([
  // INSERT is Cypher 25's GQL spelling of CREATE; UPDATE is a LadybugDB keyword kept for later.
  ...group(
    ["CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "INSERT", "UPDATE"],
    (k) => `write clause ${k}`,
    READ_ONLY,
  ),
  // LOAD covers LOAD CSV (Neo4j), LOAD FROM and LOAD EXTENSION (LadybugDB).
  ...group(["LOAD", "COPY", "EXPORT", "IMPORT", "INSTALL", "UNINSTALL", "ATTACH", "USE"], (k) => k, OUTSIDE),
  ["CHECKPOINT", { what: "CHECKPOINT", why: "it writes the database file (and damages one opened read-only)" }],
  ...group(["BEGIN", "COMMIT", "ROLLBACK"], (k) => `transaction control ${k}`, TRANSACTION),
  ...group(
    [
      "DROP",
      "ALTER",
      "GRANT",
      "REVOKE",
      "DENY",
      "START",
      "STOP",
      "TERMINATE",
      "RENAME",
      "ENABLE",
      "DEALLOCATE",
      "REALLOCATE",
    ],
    (k) => `administration command ${k}`,
    ADMIN,
  ),
  // SHOW only reads in Neo4j, but what it reads is users, roles, settings and other sessions' queries.
  [
    "SHOW",
    { what: "administration command SHOW", why: "it lists users, roles, settings and server state, not the graph" },
  ],
  // PROFILE executes the statement and answers with a plan, which the result format cannot carry.
  [
    "PROFILE",
    { what: "PROFILE", why: "it runs the query to measure it; use EXPLAIN to see the plan without running it" },
  ],
  // EXPLAIN is accepted only as the first word; anywhere else it is refused here.
  ["EXPLAIN", { what: "EXPLAIN here", why: "EXPLAIN may only start the query" }],
]);

export function deniedKeyword(word: string): DeniedKeyword | undefined {
  return DENIED.get(word);
}

export const DENIED_KEYWORDS: readonly string[] = [...DENIED.keys()];

/** Said when a denied keyword stands where only a name can, e.g. `RETURN n.date AS start`. */
export function backtickHint(word: string): string {
  return `to use it as a name, write it in backticks: \`${word}\``;
}
