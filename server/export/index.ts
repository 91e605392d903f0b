// Subgraph export to the formats other graph tools open: JSON, GEXF, GraphML, CSV.

export { exportSubgraph, EXPORT_FORMATS, isExportFormatName } from "./registry.js";
export {
  CSV_PARTS,
  EXPORT_FORMAT_NAMES,
  GEXF_VERSIONS,
  GRAPHML_FLAVOURS,
  type CsvPart,
  type ExportFormat,
  type ExportFormatName,
  type ExportOptions,
  type ExportResult,
  type GexfVersion,
  type GraphmlFlavour,
} from "./export-format.js";
export { writeGexf } from "./gexf-export.js";
export { writeJson } from "./json-export.js";
export { writeGraphml } from "./graphml-export.js";
export { writeCsv } from "./csv-export.js";
