// Browser benchmark (`npm run bench:browser`): synthetic graphs served by the real app over an
// in-memory embedded store, opened in the real explorer in headless Chromium (`/?view=all&limit=<n>`
// so every relation is drawn, not the actors overview). Measures the overview request, time to first render, layout
// time, and frames per second while panning and zooming; prints a table and big/small ratios.
// With `--events FILE` it also serves the curated corpus plus that imported GDELT/ICEWS file and
// measures the explorer in the actors overview (`/?view=overview`) the same way.
// Software WebGL on CI-like machines: the figures compare builds, they are not what a GPU gives.

import { benchOptions } from "./cli-options.js";
import type { Browser, Page } from "playwright-core";
import { saveScreenshot } from "../tests/browser/support/artifacts.js";
import { launchChromium } from "../tests/browser/support/chromium.js";
import { waitUntilReady } from "../tests/browser/support/page-session.js";
import { layoutTime, pageLoad, panFrameRate, within, zoomFrameRate } from "./browser/page-metrics.js";
import { startSyntheticServer, timeOverview } from "./browser/synthetic-server.js";
import { startImportedServer, timeActorsOverview } from "./browser-imported.js";

const USAGE = `Usage: npm run bench:browser -- [options]

Serves synthetic graphs through the real app and measures the explorer in headless Chromium:
the overview request, time to first render, layout time and frames per second while panning
and zooming. With --events it also measures the actors overview over an imported event file.

  --cases LIST            entities x relations per case (default 5000x20000,20000x100000)
  --seconds N             seconds of panning and zooming per case (default 3)
  --timeout-s N           seconds before a case is given up (default 300)
  --events FILE           a GDELT or ICEWS event file imported next to the curated corpus
  --events-dataset NAME   gdelt or icews (default gdelt)
  --help                  this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    cases: { type: "string", default: "5000x20000,20000x100000" },
    seconds: { type: "string", default: "3" },
    "timeout-s": { type: "string", default: "300" },
    /** An event file to import next to the curated corpus, measured in the actors overview. */
    events: { type: "string" },
    "events-dataset": { type: "string", default: "gdelt" },
  },
});

interface Case {
  entities: number;
  relations: number;
}

/** One row of the results; a step that failed or timed out leaves its figures null and says why. */
interface Row {
  name: string;
  loadIntoStoreMs: number | null;
  apiMs: number | null;
  apiBytes: number | null;
  drawn: string;
  firstRenderMs: number | null;
  /** Wall clock from page.goto to `ready` (navigation, script, overview request, first render). */
  navToReadyMs: number | null;
  layoutMs: number | null;
  panFps: number | null;
  zoomFps: number | null;
  jsHeapMb: number | null;
  problems: string[];
}

function parseCases(text: string): Case[] {
  return text.split(",").map((c) => {
    const [entities, relations] = c.split("x").map(Number);
    if (!Number.isInteger(entities) || !Number.isInteger(relations)) {
      throw new Error(`--cases: expected e.g. 5000x20000, got "${c}"`);
    }
    return { entities: entities!, relations: relations! };
  });
}

const short = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));

/** A row with nothing measured yet. */
function emptyRow(name: string): Row {
  return {
    name,
    loadIntoStoreMs: null,
    apiMs: null,
    apiBytes: null,
    drawn: "-",
    firstRenderMs: null,
    navToReadyMs: null,
    layoutMs: null,
    panFps: null,
    zoomFps: null,
    jsHeapMb: null,
    problems: [],
  };
}

async function measure(browser: Browser, c: Case, seconds: number, timeoutMs: number): Promise<Row> {
  const row = emptyRow(`${short(c.entities)} / ${short(c.relations)}`);
  console.log(`\n${row.name}: generating and loading into the embedded store ...`);
  const server = await startSyntheticServer(c.entities, c.relations);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    row.loadIntoStoreMs = server.loadMs;
    const api = await timeOverview(server.baseUrl, server.entities);
    [row.apiMs, row.apiBytes] = [api.medianMs, api.bytes];
    if (api.truncated) row.problems.push(`overview truncated at ${api.entities} entities`);

    const page = await context.newPage();
    page.on("pageerror", (e) => row.problems.push(`page error: ${e.message}`));
    console.log(`${row.name}: opening the explorer ...`);
    const navigation = performance.now();
    await page.goto(`${server.baseUrl}/?view=all&limit=${server.entities}`, { timeout: timeoutMs });
    await waitUntilReady(page, timeoutMs);
    row.navToReadyMs = performance.now() - navigation;
    const load = await pageLoad(page);
    row.firstRenderMs = load.firstRenderMs;
    row.jsHeapMb = load.jsHeapMb;
    row.drawn = `${load.order} / ${load.size}`;
    if (load.order !== server.entities || load.size !== server.relations) {
      row.problems.push(`drew ${load.order}/${load.size} of ${server.entities}/${server.relations}`);
    }
    console.log(`${row.name}: waiting for the layout to settle ...`);
    await measureSettledView(page, row, `bench-${c.entities}-${c.relations}`, seconds, timeoutMs);
  } catch (error) {
    row.problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await context.close();
    await server.close();
  }
  return row;
}

/** Layout time, a screenshot, then pan and zoom frame rates of the page as drawn: the same for every case. */
async function measureSettledView(
  page: Page,
  row: Row,
  shot: string,
  seconds: number,
  timeoutMs: number,
): Promise<void> {
  row.layoutMs = await layoutTime(page, timeoutMs);
  await within(saveScreenshot(page.getByTestId("graph"), shot), timeoutMs, "screenshot");
  console.log(`${row.name}: panning and zooming for ${seconds} s each ...`);
  row.panFps = (await within(panFrameRate(page, seconds), timeoutMs, "panning")).fps;
  row.zoomFps = (await within(zoomFrameRate(page, seconds), timeoutMs, "zooming")).fps;
}

/** The explorer in the actors overview of the curated corpus plus an imported event file. */
async function measureImported(browser: Browser, file: string, seconds: number, timeoutMs: number): Promise<Row> {
  const dataset = flags["events-dataset"] === "icews" ? "icews" : "gdelt";
  const row = emptyRow(`imported ${dataset} (overview)`);
  console.log(`\n${row.name}: importing ${file} and loading into the embedded store ...`);
  const server = await startImportedServer(file, dataset);
  console.log(
    `${row.name}: ${server.entities} entities, ${server.relations} relations (import ${(server.importMs / 1000).toFixed(1)} s)`,
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    row.loadIntoStoreMs = server.loadMs;
    const api = await timeActorsOverview(server.baseUrl);
    [row.apiMs, row.apiBytes] = [api.medianMs, api.bytes];
    const page = await context.newPage();
    page.on("pageerror", (e) => row.problems.push(`page error: ${e.message}`));
    const navigation = performance.now();
    await page.goto(`${server.baseUrl}/?view=overview`, { timeout: timeoutMs });
    await waitUntilReady(page, timeoutMs);
    row.navToReadyMs = performance.now() - navigation;
    const load = await pageLoad(page);
    row.firstRenderMs = load.firstRenderMs;
    row.jsHeapMb = load.jsHeapMb;
    row.drawn = `${load.order} / ${load.size}`;
    if (load.order !== api.actors || load.size !== api.pairs)
      row.problems.push(`drew ${load.order}/${load.size} of the overview's ${api.actors}/${api.pairs}`);
    await measureSettledView(page, row, "bench-imported-overview", seconds, timeoutMs);
  } catch (error) {
    row.problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await context.close();
    await server.close();
  }
  return row;
}

const fmt = (n: number | null, digits = 0, unit = ""): string => (n === null ? "n/a" : `${n.toFixed(digits)}${unit}`);

function printTable(rows: Row[]): void {
  const header = [
    "graph",
    "store load",
    "API overview",
    "payload",
    "drawn n/e",
    "first render",
    "nav→ready",
    "layout",
    "pan fps",
    "zoom fps",
    "JS heap",
  ];
  const lines = rows.map((r) => [
    r.name,
    fmt(r.loadIntoStoreMs, 0, " ms"),
    fmt(r.apiMs, 0, " ms"),
    r.apiBytes === null ? "n/a" : `${(r.apiBytes / 2 ** 20).toFixed(1)} MB`,
    r.drawn,
    fmt(r.firstRenderMs, 0, " ms"),
    fmt(r.navToReadyMs, 0, " ms"),
    fmt(r.layoutMs, 0, " ms"),
    fmt(r.panFps, 1),
    fmt(r.zoomFps, 1),
    fmt(r.jsHeapMb, 0, " MB"),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]) => console.log(cells.map((c, i) => c.padStart(widths[i]!)).join("  "));
  console.log("");
  print(header);
  lines.forEach(print);
  for (const r of rows) for (const p of r.problems) console.log(`  ${r.name}: ${p}`);
}

function printRatios(allRows: Row[]): void {
  // The imported graph's row is compared with the synthetic ones by eye: its drawing is the overview.
  const rows = allRows.filter((r) => !r.name.startsWith("imported"));
  const [small, big] = [rows[0], rows[rows.length - 1]];
  if (!small || !big || small === big) return;
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null || a === 0 ? "n/a" : `${(b / a).toFixed(1)}×`;
  console.log(`\nratios ${big.name} vs ${small.name}:`);
  console.log(`  API time ${ratio(small.apiMs, big.apiMs)}, payload ${ratio(small.apiBytes, big.apiBytes)}`);
  console.log(
    `  first render ${ratio(small.firstRenderMs, big.firstRenderMs)}, nav→ready ${ratio(small.navToReadyMs, big.navToReadyMs)}, ` +
      `layout ${ratio(small.layoutMs, big.layoutMs)}`,
  );
  console.log(`  pan fps ${ratio(small.panFps, big.panFps)}, zoom fps ${ratio(small.zoomFps, big.zoomFps)}`);
}

async function main(): Promise<void> {
  const cases = parseCases(flags.cases!);
  const seconds = Number(flags.seconds);
  const timeoutMs = Number(flags["timeout-s"]) * 1000;
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const c of cases) rows.push(await measure(browser, c, seconds, timeoutMs));
    if (flags.events) rows.push(await measureImported(browser, flags.events, seconds, timeoutMs));
  } finally {
    await browser.close();
  }
  printTable(rows);
  printRatios(rows);
  console.log("\nSoftware WebGL (SwiftShader) in headless Chromium: compare runs, do not read as GPU figures.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
