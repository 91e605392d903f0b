// Per-test-file wiring: one server and one browser for the file, a fresh page per test, and
// after each test the check that the page logged no error.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { newSession, openExplorer, type PageSession } from "./page-session.js";
import { startExplorerServer, type ExplorerServer } from "./server.js";
import type { Dataset } from "../../../server/dataset/dataset.js";

export interface SuiteOptions {
  /** Builds the graph the server holds instead of the curated corpus, in a scratch folder of the suite. */
  graph?: (scratchDir: string) => Promise<Dataset>;
}

/** Generous per-file budget: software WebGL on 2 cores is slow, and layouts run before checks. */
export const BROWSER_TEST_TIMEOUT_MS = 90_000;

export interface ExplorerSuite {
  readonly server: ExplorerServer;
  readonly browser: Browser;
  /** This test's page session (created before each test). */
  readonly session: PageSession;
  /** Opens a path of the explorer in this test's page and waits until it is ready. */
  open(path?: string): Promise<Page>;
  /** Another page in a fresh context (e.g. to open a copied URL); checked for errors too. */
  openAnother(path: string): Promise<Page>;
}

export function useExplorerSuite(env: Record<string, string> = {}, options: SuiteOptions = {}): ExplorerSuite {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  let sessions: PageSession[] = [];
  let ingestDir: string | undefined;

  beforeAll(async () => {
    // Articles added through the page go to a scratch ledger, never into the project's data.
    ingestDir = await mkdtemp(join(tmpdir(), "actorgraph-browser-ingest-"));
    const graph = options.graph ? await options.graph(ingestDir) : undefined;
    server = await startExplorerServer({ ACTORGRAPH_INGEST_DIR: ingestDir, ...env }, graph);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (ingestDir) await rm(ingestDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    sessions = [await newSession(suite.browser)];
  });

  afterEach(async () => {
    const problems = sessions.flatMap((s) => s.problems);
    await Promise.all(sessions.map((s) => s.close()));
    sessions = [];
    expect(problems).toEqual([]);
  });

  const suite: ExplorerSuite = {
    get server() {
      if (!server) throw new Error("the explorer server did not start (see beforeAll's error)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium did not start (see beforeAll's error)");
      return browser;
    },
    get session() {
      const first = sessions[0];
      if (!first) throw new Error("no page session: used outside a test");
      return first;
    },
    open: (path = "/") => openExplorer(suite.session, suite.server.baseUrl, path),
    openAnother: async (path) => {
      const session = await newSession(suite.browser);
      sessions.push(session);
      return openExplorer(session, suite.server.baseUrl, path);
    },
  };
  return suite;
}
