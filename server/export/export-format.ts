// What an export format is, and the options and result every format shares. The registry
// (registry.ts) maps format names to these, so adding a format touches no switch.

import type {
  CSV_PARTS,
  EXPORT_FORMATS,
  GEXF_VERSIONS,
  GRAPHML_FLAVOURS,
  SerializedSubgraph,
} from "../../graph-schema/index.js";

// The option vocabularies live in graph-schema (the API validates with them); re-exported here.
export {
  CSV_PARTS,
  EXPORT_FORMATS as EXPORT_FORMAT_NAMES,
  GEXF_VERSIONS,
  GRAPHML_FLAVOURS,
} from "../../graph-schema/index.js";
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];
export type CsvPart = (typeof CSV_PARTS)[number];
export type GexfVersion = (typeof GEXF_VERSIONS)[number];
export type GraphmlFlavour = (typeof GRAPHML_FLAVOURS)[number];

export interface ExportOptions {
  /** CSV only; default "edges". */
  part?: CsvPart;
  /** GEXF only; default "1.2". */
  gexfVersion?: GexfVersion;
  /** GraphML only; default "standard". */
  graphmlFlavour?: GraphmlFlavour;
}

export interface ExportResult {
  body: string;
  /** For the Content-Type header. */
  contentType: string;
  /** Without the dot. */
  extension: string;
  /** A suggested file name, for Content-Disposition. */
  filename: string;
}

export interface ExportFormat {
  readonly name: ExportFormatName;
  /** One line for the API documentation. */
  readonly description: string;
  readonly contentType: string;
  readonly extension: string;
  /** File name without extension; the CSV part names its table. */
  fileStem(options: ExportOptions): string;
  write(subgraph: SerializedSubgraph, options: ExportOptions): string;
}
