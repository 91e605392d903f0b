// The curated corpus plus imported GDELT and ICEWS fixture rows (the same files the API's
// overview tests import), built in a scratch folder for a browser test's server.

import { join } from "node:path";
import type { Dataset } from "../../../server/dataset/dataset.js";
import { importEventFiles } from "../../../server/import/event-import.js";
import { loadImportedGraph } from "../../../server/import/imported-graph.js";
import { PROJECT_ROOT } from "../../../server/paths.js";

const fixture = (name: string): string => join(PROJECT_ROOT, "tests", "import", "fixtures", name);

export async function importedFixtureGraph(scratchDir: string): Promise<Dataset> {
  const folders = {
    dataDir: join(PROJECT_ROOT, "data"),
    ingestDir: join(scratchDir, "ingested"),
    importDir: join(scratchDir, "imported"),
  };
  const now = () => new Date("2026-01-01T00:00:00Z");
  await importEventFiles([fixture("gdelt1-georgia-header.csv.gz")], { dataset: "gdelt", ...folders, now });
  await importEventFiles([fixture("icews-events.tab")], { dataset: "icews", ...folders, now });
  return loadImportedGraph(folders.dataDir, folders.ingestDir, folders.importDir);
}
