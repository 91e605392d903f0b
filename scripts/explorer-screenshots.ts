// Screenshots of the explorer at several window sizes (`npm run screenshots -- --out DIR`): the
// opening overview and one selection per size, from a checkout's built app, with what each shows
// measured (graph area, node spread, labels drawn/hidden) in DIR/measures.json. Builds nothing.

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { format, resolveConfig } from "prettier";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../server/paths.js";
import { launchChromium } from "../tests/browser/support/chromium.js";
import { waitUntilReady } from "../tests/browser/support/page-session.js";
import { startBuiltApp } from "./screenshots/built-app.js";
import { measureView, type ViewMeasures } from "./screenshots/measure-view.js";
import { PUTIN_SELECTED, callRelationSelection, type Selection } from "./screenshots/selection.js";

interface WindowSize {
  width: number;
  height: number;
}

interface Shot extends ViewMeasures {
  file: string;
  size: string;
  view: "overview" | "selection";
  path: string;
  selected: string | null;
  pngBytes: number;
}

const DEFAULT_SIZES = "1024x700,1440x900,1920x1080";

/** A PNG above this is called out (the shots are committed). */
const LARGE_PNG_BYTES = 400 * 1024;

function parseSizes(text: string): WindowSize[] {
  return text.split(",").map((s) => {
    const match = /^(\d{3,4})x(\d{3,4})$/.exec(s.trim());
    if (!match) throw new InvalidArgumentError(`expected e.g. 1024x700,1920x1080, got "${s}"`);
    return { width: Number(match[1]), height: Number(match[2]) };
  });
}

function parseSeconds(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new InvalidArgumentError(`expected 1..3600, got "${text}"`);
  return n;
}

const program = new Command("explorer-screenshots")
  .description("screenshots and measures of the explorer's overview and a selection at several window sizes")
  .requiredOption("--out <dir>", "folder for <size>-overview.png, <size>-selection.png and measures.json")
  .addOption(
    new Option("--app-dir <dir>", "checkout whose built dist/ is served (built beforehand)").default(
      PROJECT_ROOT,
      "this checkout",
    ),
  )
  .addOption(
    new Option("--sizes <list>", "window sizes, comma-separated")
      .argParser(parseSizes)
      .default(parseSizes(DEFAULT_SIZES), DEFAULT_SIZES),
  )
  .option("--timeout-s <seconds>", "longest wait for the app or a page", parseSeconds, 120)
  .option(
    "--wrap-label-drawer",
    "count labels by wrapping sigma's label drawer even where the drawnLabels() hook exists (one method for old and new builds)",
  )
  .parse();

const flags = program.opts<{
  out: string;
  appDir: string;
  sizes: WindowSize[];
  timeoutS: number;
  wrapLabelDrawer?: boolean;
}>();

/** The checkout's commit and how its tree differs from it (`git status` lines), for the record; null outside git. */
function checkout(dir: string): { commit: string; changes: string[] } | null {
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" });
  try {
    const commit = git("rev-parse", "--short", "HEAD").trim();
    // A node_modules symlinked into a worktree is not a change of the app.
    const changes = git("status", "--porcelain")
      .split("\n")
      .filter((line) => line.trim() !== "" && !/^\?\? node_modules$/.test(line));
    return { commit, changes };
  } catch {
    return null;
  }
}

/** Waits for the layout, then until the camera has stopped moving (a selection may fly to its target). */
async function settle(page: Page, timeoutMs: number): Promise<void> {
  await page.evaluate(() => window.__actorgraph.layoutDone());
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    await page.waitForTimeout(400);
    const now = await page.evaluate(() => JSON.stringify(window.__actorgraph.renderer?.getCamera().getState()));
    if (now === last) break;
    last = now;
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function shoot(page: Page, base: string, path: string, file: string, timeoutMs: number) {
  await page.goto(new URL(path, base).href);
  await waitUntilReady(page, timeoutMs);
  await settle(page, timeoutMs);
  const png = await page.screenshot({ path: join(flags.out, file), animations: "disabled" });
  return { png, measures: await measureView(page, !flags.wrapLabelDrawer) };
}

async function shotsAtSize(browser: Browser, base: string, size: WindowSize, selection: Selection): Promise<Shot[]> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  // tsx keeps function names with a helper the page does not have; functions sent to the page may need it.
  await context.addInitScript("globalThis.__name ??= (f) => f;");
  const page = await context.newPage();
  const label = `${size.width}x${size.height}`;
  const timeoutMs = flags.timeoutS * 1000;
  try {
    const shots: Shot[] = [];
    const views = [
      { view: "overview" as const, path: "/", selected: null },
      {
        view: "selection" as const,
        path: `/?sel=${encodeURIComponent(selection.sel)}`,
        selected: selection.description,
      },
    ];
    for (const { view, path, selected } of views) {
      const file = `${label}-${view}.png`;
      const { png, measures } = await shoot(page, base, path, file, timeoutMs);
      if (view === "selection" && measures.sel !== selection.sel)
        measures.notes.push(`asked for sel=${selection.sel}, the page shows sel=${measures.sel}`);
      shots.push({ file, size: label, view, path, selected, pngBytes: png.length, ...measures });
    }
    return shots;
  } finally {
    await context.close();
  }
}

function describe(shot: Shot): string {
  const box = shot.nodeBox ? `${shot.nodeBox.widthShare}×${shot.nodeBox.heightShare}` : "n/a";
  const labels = shot.labels ? `${shot.labels.drawn} drawn / ${shot.labels.hidden} hidden` : "n/a";
  const size = `${Math.round(shot.pngBytes / 1024)} KB${shot.pngBytes > LARGE_PNG_BYTES ? " (large)" : ""}`;
  const area = `${shot.container.width}×${shot.container.height}`;
  return `${shot.file.padEnd(24)} graph ${area.padEnd(9)} nodes ${shot.nodes?.drawn ?? "n/a"}  node box ${box}  labels ${labels}  ${size}`;
}

async function main(): Promise<void> {
  const appDir = resolve(flags.appDir);
  mkdirSync(flags.out, { recursive: true });
  const app = await startBuiltApp(appDir, flags.timeoutS * 1000);
  let browser: Browser | null = null;
  try {
    const selection = await callRelationSelection(app.base).catch(() => PUTIN_SELECTED);
    browser = await launchChromium();
    const shots: Shot[] = [];
    for (const size of flags.sizes) {
      for (const shot of await shotsAtSize(browser, app.base, size, selection)) {
        console.log(describe(shot));
        shots.push(shot);
      }
    }
    const record = {
      app: { ...checkout(appDir), engine: "embedded", corpus: "curated (data/ of that checkout)" },
      chromium: browser.version(),
      nodeBoxMeans: "bounding box of the drawn nodes' centres, in px of the graph container",
      shots,
    };
    // Formatted as the repository's prettier check wants it, since the file is committed.
    const file = join(flags.out, "measures.json");
    const options = { ...(await resolveConfig(file)), filepath: file };
    writeFileSync(file, await format(JSON.stringify(record), options));
    console.log(`wrote ${shots.length} screenshots and measures.json to ${flags.out}`);
  } finally {
    await browser?.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
