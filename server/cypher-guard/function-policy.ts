// Functions a query may not call: anything from a plugin namespace (apoc.*, gds.*, ...), and
// built-ins that touch files, the system or sequences. Returns the reason, or undefined if fine.

/** Neo4j's own namespaced functions (point.distance, date.truncate, vector.similarity.cosine ...). */
const BUILT_IN_NAMESPACES = new Set([
  "point",
  "date",
  "datetime",
  "localdatetime",
  "localtime",
  "time",
  "duration",
  "vector",
]);

/**
 * LadybugDB/DuckDB-style file and system functions: read_csv, read_parquet, read_json,
 * load_*, scan_*, write_*, glob(), and Neo4j's LOAD CSV helper file(). Matched on the
 * lower-cased name by its leading verb or any "_"-separated part (so `profile` is spared);
 * a false positive only costs a rename, a miss could read a file.
 */
const FILE_OR_SYSTEM =
  /^(?:read|load|scan|write|copy|export|import|install|attach|detach)(?:_|$)|(?:^|_)(?:file|csv|parquet|npy|glob|shell|system)/;

/** Functions that change state although they sit inside an expression. */
const STATEFUL = new Set(["nextval", "setval"]);

export function functionRefusalWhy(name: string): string | undefined {
  const lower = name.toLowerCase();
  const parts = lower.split(".");
  if (parts.length > 1) {
    if (parts[0] === "apoc") return "APOC functions are not available here: several read files or the network";
    if (!BUILT_IN_NAMESPACES.has(parts[0]!)) return "only built-in functions may be called";
    return undefined;
  }
  if (FILE_OR_SYSTEM.test(lower)) return "it reads files or the system";
  if (STATEFUL.has(lower)) return "it changes a sequence, which is a write";
  return undefined;
}
