// One explorer page in its own browser context: opens a URL, waits until the app says it is
// ready, and records every console error or warning, page error and failed request on the way.

import type { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import "./hooks.js";

/** sigma's picking pass reads pixels back; software GL warns about it, harmlessly. */
const HARMLESS_CONSOLE = [/GPU stall due to ReadPixels/];

export const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 20_000;

export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** Console errors/warnings, page errors and failed requests seen so far (harmless ones dropped). */
  problems: string[];
  /** Accepts console messages matching this pattern (for a test that provokes an expected error). */
  allow(pattern: RegExp): void;
  close(): Promise<void>;
}

function describeConsole(message: ConsoleMessage): string {
  const where = message.location();
  return `console.${message.type()}: ${message.text()} (${where.url}:${where.lineNumber})`;
}

export async function newSession(browser: Browser): Promise<PageSession> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const allowed = [...HARMLESS_CONSOLE];
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    if (allowed.some((pattern) => pattern.test(message.text()))) return;
    problems.push(describeConsole(message));
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed";
    // A download the page starts and the browser then hands over is reported as aborted.
    if (failure !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${failure})`);
  });
  return {
    page,
    context,
    problems,
    allow: (pattern) => allowed.push(pattern),
    close: () => context.close(),
  };
}

/** Waits for `body[data-state]` to settle and for `__actorgraph.ready`; fails with the status line on error. */
export async function waitUntilReady(page: Page, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(
    () => document.body?.dataset.state === "ready" || document.body?.dataset.state === "error",
    null,
    { timeout: timeoutMs },
  );
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state === "error") {
    const status = await page
      .getByTestId("status")
      .textContent()
      .catch(() => null);
    throw new Error(`the explorer reports an error: ${status ?? "(no status text)"}`);
  }
  await page.evaluate(() => window.__actorgraph.ready);
}

/** Opens `path` (relative to the server) and waits until the graph is loaded and drawn. */
export async function openExplorer(session: PageSession, baseUrl: string, path = "/"): Promise<Page> {
  await session.page.goto(new URL(path, baseUrl).href);
  await waitUntilReady(session.page);
  return session.page;
}
