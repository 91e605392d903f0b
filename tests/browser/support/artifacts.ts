// Screenshots of the main states, kept under test-artifacts/browser/ for a person to look at.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../../server/paths.js";

export const ARTIFACT_DIR = join(PROJECT_ROOT, "test-artifacts", "browser");

/** Saves a screenshot of the page (or one element) as `<name>.png` and returns the PNG bytes. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<Buffer> {
  const png = await target.screenshot({ animations: "disabled" });
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  writeFileSync(join(ARTIFACT_DIR, `${name}.png`), png);
  return png;
}
