// The function deny rules: plugin namespaces, file/system functions, sequences.

import { functionRefusalWhy } from "../../server/cypher-guard/function-policy.js";

test.each([
  "lower",
  "toUpper",
  "coalesce",
  "size",
  "label",
  "labels",
  "list_contains",
  "is_acyclic",
  "exists",
  "count",
  "date",
  "profile_name",
  "profiler_stats",
  "point.distance",
  "date.truncate",
  "datetime.fromepoch",
  "duration.between",
  "vector.similarity.cosine",
])("%s is allowed", (name) => {
  expect(functionRefusalWhy(name)).toBeUndefined();
});

test.each([
  ["read_csv", "it reads files or the system"],
  ["READ_PARQUET", "it reads files or the system"],
  ["read_json", "it reads files or the system"],
  ["read_ndjson", "it reads files or the system"],
  ["load_from", "it reads files or the system"],
  ["scan_table", "it reads files or the system"],
  ["write_csv", "it reads files or the system"],
  ["copy_to", "it reads files or the system"],
  ["glob", "it reads files or the system"],
  ["file", "it reads files or the system"],
  ["filename", "it reads files or the system"],
  ["csv_sniff", "it reads files or the system"],
  ["parquet_metadata", "it reads files or the system"],
  ["npy_read", "it reads files or the system"],
  ["system_info", "it reads files or the system"],
  ["nextval", "it changes a sequence, which is a write"],
  ["SETVAL", "it changes a sequence, which is a write"],
  ["apoc.load.json", "APOC functions are not available here: several read files or the network"],
  ["APOC.text.join", "APOC functions are not available here: several read files or the network"],
  ["gds.util.asNode", "only built-in functions may be called"],
  ["db.nameFromElementId", "only built-in functions may be called"],
  ["my.plugin.fn", "only built-in functions may be called"],
])("%s is refused: %s", (name, why) => {
  expect(functionRefusalWhy(name)).toBe(why);
});
