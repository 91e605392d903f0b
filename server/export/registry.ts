// The export formats by name, and the one function the API and the CLI call.

import type { SerializedSubgraph } from "../../graph-schema/index.js";
import { CSV_EXPORT } from "./csv-export.js";
import {
  EXPORT_FORMAT_NAMES,
  type ExportFormat,
  type ExportFormatName,
  type ExportOptions,
  type ExportResult,
} from "./export-format.js";
import { GEXF_EXPORT } from "./gexf-export.js";
import { GRAPHML_EXPORT } from "./graphml-export.js";
import { JSON_EXPORT } from "./json-export.js";

export const EXPORT_FORMATS: Readonly<Record<ExportFormatName, ExportFormat>> = {
  json: JSON_EXPORT,
  gexf: GEXF_EXPORT,
  graphml: GRAPHML_EXPORT,
  csv: CSV_EXPORT,
};

export function isExportFormatName(value: string): value is ExportFormatName {
  return (EXPORT_FORMAT_NAMES as readonly string[]).includes(value);
}

/** Serialises a subgraph in the named format, with what an HTTP response needs to send it. */
export function exportSubgraph(
  subgraph: SerializedSubgraph,
  format: ExportFormatName,
  options: ExportOptions = {},
): ExportResult {
  const exporter = EXPORT_FORMATS[format];
  if (!exporter)
    throw new Error(`unknown export format "${String(format)}": expected one of ${EXPORT_FORMAT_NAMES.join(", ")}`);
  return {
    body: exporter.write(subgraph, options),
    contentType: exporter.contentType,
    extension: exporter.extension,
    filename: `${exporter.fileStem(options)}.${exporter.extension}`,
  };
}
