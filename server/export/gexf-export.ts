// GEXF export for Gephi and networkx: graphology-gexf writes a directed multigraph built from the
// subgraph, with flattened typed attributes and viz colours; mutual relations say so in an attribute.

import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { SerializedSubgraph } from "../../graph-schema/index.js";
import type { ExportFormat, GexfVersion } from "./export-format.js";
import { EDGE_COLUMNS, edgeColour, flatten, NODE_COLUMNS, nodeColour, type Scalar } from "./flatten.js";
import { xmlSafe } from "./xml-text.js";

type Flat = Record<string, Exclude<Scalar, null>>;

interface GraphNode {
  flat: Flat;
  colour: string;
}

/** How a view drew an entity (the explorer's export): written as GEXF viz position and size. */
export interface DrawnEntity {
  x: number;
  y: number;
  size: number;
  colour: string;
}

type Drawing = ReadonlyMap<string, DrawnEntity>;

interface GraphEdge extends GraphNode {
  relationType: string;
}

/** graphology-gexf 0.13 writes a malformed viz namespace for 1.2 (three slashes, 1.1draft). */
const BROKEN_VIZ_NS = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const GEXF_12_NS =
  'xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"';

/** Strings cleaned for XML; the label travels as the element's label, the colour as viz. */
function cleanAttributes(flat: Flat): Flat {
  const out: Flat = {};
  for (const [name, value] of Object.entries(flat)) {
    if (name !== "label" && name !== "color") out[name] = typeof value === "string" ? xmlSafe(value) : value;
  }
  return out;
}

/** The <meta> description: size, seeds, and whether a limit cut the subgraph. */
function describe(subgraph: SerializedSubgraph): string {
  const { seeds, truncated } = subgraph.attributes;
  const seedText = seeds.length ? `; seeds: ${seeds.join(", ")}` : "";
  const cut = truncated ? " (truncated)" : "";
  return xmlSafe(
    `actorgraph subgraph: ${subgraph.nodes.length} entities, ${subgraph.edges.length} relations${seedText}${cut}`,
  );
}

/**
 * Every edge is written directed, in the relation's stored direction. A mixed graph (mutual
 * relations as undirected edges) is valid GEXF and Gephi reads it, but networkx refuses it
 * ("Undirected edge found in directed graph"); the `directed` attribute keeps mutual relations apart.
 */
function buildGraph(subgraph: SerializedSubgraph): MultiDirectedGraph<GraphNode, GraphEdge> {
  // Self-loops allowed, as in the subgraph format itself.
  const graph = new MultiDirectedGraph<GraphNode, GraphEdge>({ allowSelfLoops: true });
  graph.replaceAttributes({ creator: "actorgraph", description: describe(subgraph) });
  for (const node of subgraph.nodes) {
    graph.addNode(xmlSafe(node.key), { flat: flatten(node, NODE_COLUMNS), colour: nodeColour(node) });
  }
  for (const edge of subgraph.edges) {
    graph.addEdgeWithKey(xmlSafe(edge.key), xmlSafe(edge.source), xmlSafe(edge.target), {
      flat: flatten(edge, EDGE_COLUMNS),
      colour: edgeColour(edge),
      relationType: edge.attributes.relationType,
    });
  }
  return graph;
}

/**
 * graphology-gexf infers each attribute's type from the values, so a Goldstein column that
 * happens to hold only whole numbers would be "integer" in one file and "double" in the next.
 */
function declareDoubles(text: string): string {
  const doubles = [...NODE_COLUMNS, ...EDGE_COLUMNS].filter((c) => c.kind === "double").map((c) => c.name);
  return text.replace(/<attribute id="([^"]+)" title="\1" type="(?:integer|long)"/g, (declaration, id: string) =>
    doubles.includes(id) ? declaration.replace(/type="\w+"/, 'type="double"') : declaration,
  );
}

/** Viz of a node: the colour of its type, or what the view drew (position, size, colour). */
function nodeViz(key: string, colour: string, drawing: Drawing | undefined) {
  const drawn = drawing?.get(key);
  if (!drawn) return { color: colour };
  return { color: drawn.colour, size: drawn.size, x: drawn.x, y: drawn.y };
}

export function writeGexf(subgraph: SerializedSubgraph, version: GexfVersion = "1.2", drawing?: Drawing): string {
  const text = write(buildGraph(subgraph), {
    version,
    pretty: true,
    // Only creator/description/keywords in <meta>: other graph attributes are not GEXF.
    pedantic: true,
    formatNode: (key, { flat, colour }) => ({
      label: xmlSafe(String(flat.label ?? "")),
      viz: nodeViz(key, colour, drawing),
      attributes: cleanAttributes(flat),
    }),
    formatEdge: (_key, { flat, colour, relationType }) => ({
      label: xmlSafe(String(flat.label ?? "")),
      viz: { color: colour },
      attributes: cleanAttributes(flat),
      // `kind` is GEXF 1.3; in 1.2 it would make the file invalid.
      ...(version === "1.3" ? { kind: relationType } : {}),
    }),
  });
  const typed = declareDoubles(text);
  return version === "1.2" ? typed.replace(BROKEN_VIZ_NS, GEXF_12_NS) : typed;
}

export const GEXF_EXPORT: ExportFormat = {
  name: "gexf",
  description:
    "GEXF 1.2 for Gephi and networkx (1.3 with gexfVersion=1.3): typed attributes, colours, directed edges (mutual relations: directed=false)",
  contentType: "application/gexf+xml; charset=utf-8",
  extension: "gexf",
  fileStem: () => "actorgraph-subgraph",
  write: (subgraph, options) => writeGexf(subgraph, options.gexfVersion),
};
