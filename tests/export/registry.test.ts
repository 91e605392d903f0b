// The format registry and exportSubgraph: every format reachable by name, with its headers.

import {
  CSV_PARTS,
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  exportSubgraph,
  GEXF_VERSIONS,
  GRAPHML_FLAVOURS,
  isExportFormatName,
  type ExportFormatName,
} from "../../server/export/index.js";
import { fixtureSubgraph } from "./subgraph-fixture.js";

const subgraph = fixtureSubgraph();

test("every format name has a format, and each knows its name", () => {
  expect(Object.keys(EXPORT_FORMATS).sort()).toEqual([...EXPORT_FORMAT_NAMES].sort());
  for (const name of EXPORT_FORMAT_NAMES) {
    expect(EXPORT_FORMATS[name].name).toBe(name);
    expect(EXPORT_FORMATS[name].description.length).toBeGreaterThan(10);
  }
});

test.each<[ExportFormatName, string, string, string]>([
  ["json", "application/json; charset=utf-8", "json", "actorgraph-subgraph.json"],
  ["gexf", "application/gexf+xml; charset=utf-8", "gexf", "actorgraph-subgraph.gexf"],
  ["graphml", "application/graphml+xml; charset=utf-8", "graphml", "actorgraph-subgraph.graphml"],
  ["csv", "text/csv; charset=utf-8; header=present", "csv", "actorgraph-edges.csv"],
])("%s: content type, extension, file name and body", (format, contentType, extension, filename) => {
  const result = exportSubgraph(subgraph, format);
  expect(result).toMatchObject({ contentType, extension, filename });
  expect(result.body).toBe(EXPORT_FORMATS[format].write(subgraph, {}));
});

test("options reach the format", () => {
  const nodes = exportSubgraph(subgraph, "csv", { part: "nodes" });
  expect(nodes.filename).toBe("actorgraph-nodes.csv");
  expect(nodes.body.startsWith("id,name,type,")).toBe(true);
  expect(exportSubgraph(subgraph, "gexf", { gexfVersion: "1.3" }).body).toContain('version="1.3"');
  expect(exportSubgraph(subgraph, "graphml", { graphmlFlavour: "networkx" }).body).not.toContain('directed="false"');
  expect(exportSubgraph(subgraph, "graphml").body).toContain('directed="false"');
});

test("an unknown format is an error naming the known ones", () => {
  expect(() => exportSubgraph(subgraph, "dot" as ExportFormatName)).toThrow(
    'unknown export format "dot": expected one of json, gexf, graphml, csv',
  );
});

test("isExportFormatName and the option lists", () => {
  expect(isExportFormatName("gexf")).toBe(true);
  expect(isExportFormatName("GEXF")).toBe(false);
  expect(isExportFormatName("toString")).toBe(false);
  expect(CSV_PARTS).toEqual(["nodes", "edges"]);
  expect(GEXF_VERSIONS).toEqual(["1.2", "1.3"]);
  expect(GRAPHML_FLAVOURS).toEqual(["standard", "networkx"]);
});
