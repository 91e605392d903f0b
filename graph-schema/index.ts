// graph-schema: the single source of truth for labels, relation types, record shapes,
// colours and the subgraph JSON shape, shared by server, client and tests.

export * from "./labels.js";
export * from "./relation-types.js";
export * from "./records.js";
export * from "./stored-properties.js";
export * from "./subgraph.js";
export * from "./cypher.js";
export * from "./api.js";
export * from "./ingest.js";
export * from "./palettes.js";
export * from "./cameo.js";
export * from "./event-evidence.js";
export * from "./cameo-actor-types.js";
export * from "./overview.js";
export * from "./partial-date.js";
export * from "./relation-filter.js";
export * from "./name-folding.js";
export * from "./responses.js";
export * from "./source-independence.js";
