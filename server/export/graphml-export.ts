// GraphML export (yEd, Gephi, igraph, networkx): a <key> with attr.type for every attribute,
// scalar <data> only, parallel edges told apart by id, mutual relations directed="false".

import { create } from "xmlbuilder2";
import type { SerializedSubgraph } from "../../graph-schema/index.js";
import type { ExportFormat, GraphmlFlavour } from "./export-format.js";
import { EDGE_COLUMNS, flatten, isMutual, joinList, NODE_COLUMNS, type Column } from "./flatten.js";
import { xmlSafe } from "./xml-text.js";

type XMLBuilder = ReturnType<typeof create>;

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

/** Graph-level facts worth keeping: which seeds, and whether a limit cut the result. */
const GRAPH_COLUMNS: readonly Column<SerializedSubgraph>[] = [
  { name: "seeds", kind: "string", value: (g) => joinList(g.attributes.seeds) },
  { name: "truncated", kind: "boolean", value: (g) => g.attributes.truncated },
  { name: "omitted_entities", kind: "int", value: (g) => g.attributes.omittedEntities },
  { name: "omitted_relations", kind: "int", value: (g) => g.attributes.omittedRelations },
];

// Key ids are unique across node, edge and graph keys: networkx indexes keys by id alone.
const keyId = (scope: "g" | "n" | "e", name: string): string => `${scope}_${name}`;

function declareKeys<T>(root: XMLBuilder, scope: "g" | "n" | "e", columns: readonly Column<T>[]): void {
  const target = { g: "graph", n: "node", e: "edge" }[scope];
  for (const column of columns) {
    root.ele("key", { id: keyId(scope, column.name), for: target, "attr.name": column.name, "attr.type": column.kind });
  }
}

function addData<T>(element: XMLBuilder, scope: "g" | "n" | "e", item: T, columns: readonly Column<T>[]): void {
  for (const [name, value] of Object.entries(flatten(item, columns))) {
    element.ele("data", { key: keyId(scope, name) }).txt(typeof value === "string" ? xmlSafe(value) : String(value));
  }
}

export function writeGraphml(subgraph: SerializedSubgraph, flavour: GraphmlFlavour = "standard"): string {
  const root = create({ version: "1.0", encoding: "UTF-8" })
    .ele(GRAPHML_NS, "graphml")
    .att(XSI_NS, "xsi:schemaLocation", SCHEMA_LOCATION);
  declareKeys(root, "g", GRAPH_COLUMNS);
  declareKeys(root, "n", NODE_COLUMNS);
  declareKeys(root, "e", EDGE_COLUMNS);
  const graph = root.ele("graph", { id: "actorgraph", edgedefault: "directed" });
  addData(graph, "g", subgraph, GRAPH_COLUMNS);
  for (const node of subgraph.nodes) {
    addData(graph.ele("node", { id: xmlSafe(node.key) }), "n", node, NODE_COLUMNS);
  }
  for (const edge of subgraph.edges) {
    const mutual = flavour === "standard" && isMutual(edge) ? { directed: "false" } : {};
    const element = graph.ele("edge", {
      id: xmlSafe(edge.key),
      source: xmlSafe(edge.source),
      target: xmlSafe(edge.target),
      ...mutual,
    });
    addData(element, "e", edge, EDGE_COLUMNS);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}

export const GRAPHML_EXPORT: ExportFormat = {
  name: "graphml",
  description:
    "GraphML with typed keys (graphmlFlavour=networkx for networkx.read_graphml, which refuses mixed graphs)",
  contentType: "application/graphml+xml; charset=utf-8",
  extension: "graphml",
  fileStem: () => "actorgraph-subgraph",
  write: (subgraph, options) => writeGraphml(subgraph, options.graphmlFlavour),
};
