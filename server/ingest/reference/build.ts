// Build step (run by hand: `npx tsx server/ingest/reference/build.ts [countryinfo-dir]`): derives
// data/reference/{states,leaders}.json from the shared CountryInfo files so the app never reads them.

import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { PROJECT_ROOT } from "../../paths.js";
import { buildReferenceTables } from "./build-reference.js";
import { LEADERS_FILE, REFERENCE_DIR, ReferenceTables, STATES_FILE } from "./tables.js";

const sourceDir = resolve(PROJECT_ROOT, process.argv[2] ?? join("..", "shared", "data", "countryinfo"));
const countryInfo = gunzipSync(readFileSync(join(sourceDir, "CountryInfo.120116.txt.gz"))).toString("utf8");
const leadersCsv = readFileSync(join(sourceDir, "people_leaders.csv"), "utf8");

const tables = ReferenceTables.parse(buildReferenceTables(countryInfo, leadersCsv));
writeFileSync(join(REFERENCE_DIR, STATES_FILE), JSON.stringify(tables.states, null, 1) + "\n");
writeFileSync(join(REFERENCE_DIR, LEADERS_FILE), JSON.stringify(tables.leaders) + "\n");
console.log(`reference tables: ${tables.states.length} states, ${tables.leaders.length} leaders`);
