// JSON export: graphology's serialized format as the API serves it, pretty-printed, so
// `graph.import(JSON.parse(text))` restores the subgraph with every attribute. The explorer's
// JSON download calls writeJson too, so both write one format.

import type { SerializedSubgraph } from "../../graph-schema/index.js";
import type { ExportFormat } from "./export-format.js";

export function writeJson(subgraph: SerializedSubgraph): string {
  return `${JSON.stringify(subgraph, null, 2)}\n`;
}

export const JSON_EXPORT: ExportFormat = {
  name: "json",
  description: "graphology serialized JSON (all attributes, evidence included)",
  contentType: "application/json; charset=utf-8",
  extension: "json",
  fileStem: () => "actorgraph-subgraph",
  write: (subgraph) => writeJson(subgraph),
};
