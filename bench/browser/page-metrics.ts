// What the browser benchmark measures inside the explorer page: first render and layout times
// from `__actorgraph`, and frames per second while the camera pans (real mouse drag) and zooms.

import type { Page } from "playwright-core";
import "../../tests/browser/support/hooks.js";

export interface FrameRate {
  frames: number;
  seconds: number;
  fps: number;
}

/** Resolves with `work`'s value, or rejects with a message once `ms` have passed. */
export async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// In-page code as text: tsx's bundler would wrap named inner functions in a `__name` helper
// that does not exist in the page.
const START_FRAME_COUNT = `(() => {
  const onFrame = () => (window.__benchFrames += 1);
  window.__benchFrames = 0;
  window.__actorgraph.renderer.on("afterRender", onFrame);
  window.__benchStop = () => window.__actorgraph.renderer.off("afterRender", onFrame);
})()`;
const STOP_FRAME_COUNT = "(() => { window.__benchStop(); return window.__benchFrames; })()";

/** Starts counting sigma's afterRender events in the page. */
async function startFrameCount(page: Page): Promise<void> {
  await page.evaluate(START_FRAME_COUNT);
}

async function stopFrameCount(page: Page): Promise<number> {
  return (await page.evaluate(STOP_FRAME_COUNT)) as number;
}

/** Drags the graph with the mouse, back and forth across the container, for `seconds`. */
export async function panFrameRate(page: Page, seconds: number): Promise<FrameRate> {
  const box = await page.getByTestId("graph").boundingBox();
  if (!box) throw new Error("the graph container is not displayed");
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await startFrameCount(page);
  const start = performance.now();
  let step = 0;
  while (performance.now() - start < seconds * 1000) {
    const phase = (step++ % 40) / 40;
    const dx = Math.sin(phase * 2 * Math.PI) * box.width * 0.25;
    await page.mouse.move(cx + dx, cy + dx * 0.3);
    await page.waitForTimeout(16);
  }
  const frames = await stopFrameCount(page);
  const elapsed = (performance.now() - start) / 1000;
  await page.mouse.up();
  return { frames, seconds: elapsed, fps: frames / elapsed };
}

/** Zooms in and back out with the camera's own animation over `seconds`. */
export async function zoomFrameRate(page: Page, seconds: number): Promise<FrameRate> {
  await startFrameCount(page);
  const start = performance.now();
  const half = (seconds * 1000) / 2;
  await page.evaluate(async (duration) => {
    const camera = window.__actorgraph.renderer.getCamera();
    const ratio = camera.getState().ratio;
    await camera.animate({ ratio: ratio / 4 }, { duration });
    await camera.animate({ ratio }, { duration });
  }, half);
  const frames = await stopFrameCount(page);
  const elapsed = (performance.now() - start) / 1000;
  return { frames, seconds: elapsed, fps: frames / elapsed };
}

export interface PageLoad {
  firstRenderMs: number | null;
  loadMs: number | null;
  order: number;
  size: number;
  jsHeapMb: number | null;
}

/** After `ready`: what the page's own timings say, and how much it drew. */
export async function pageLoad(page: Page): Promise<PageLoad> {
  return page.evaluate(() => {
    const { timings, graph } = window.__actorgraph;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      firstRenderMs: timings.firstRenderMs ?? null,
      loadMs: timings.loadMs ?? null,
      order: graph.order,
      size: graph.size,
      jsHeapMb: memory ? memory.usedJSHeapSize / 2 ** 20 : null,
    };
  });
}

/** ForceAtlas2 until settled, as the page reports it (its own `ms`, else timings.layoutMs). */
export async function layoutTime(page: Page, timeoutMs: number): Promise<number> {
  const { ms } = await within(
    page.evaluate(() => window.__actorgraph.layoutDone()),
    timeoutMs,
    "waiting for the layout to settle",
  );
  return ms;
}
