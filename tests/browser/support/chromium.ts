// Launches the machine's Chromium (Debian's package, or CHROMIUM_PATH) headless with the flag set
// verified to give sigma a working software WebGL2. Playwright gives every launch a fresh
// temporary user-data-dir and removes it on close; each test then gets its own context.

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The browser tests drive a real Chromium: on Debian/Ubuntu run ` +
        "`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
  }
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
