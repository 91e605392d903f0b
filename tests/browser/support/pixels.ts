// Reads screenshots as pixels (pngjs): how much of an image is drawn over the background, and
// what colour sits at a given point, so tests check what the canvas shows, not just the DOM.

import { PNG } from "pngjs";

export type Rgb = [number, number, number];

export interface Image {
  width: number;
  height: number;
  data: Buffer;
}

export function decodePng(buffer: Buffer): Image {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function pixelAt(image: Image, x: number, y: number): Rgb {
  const cx = Math.min(image.width - 1, Math.max(0, Math.round(x)));
  const cy = Math.min(image.height - 1, Math.max(0, Math.round(y)));
  const i = (cy * image.width + cx) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}

/** Largest per-channel difference. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/** The most common colour along the image's border: what the canvas is cleared to. */
export function backgroundColour(image: Image): Rgb {
  const counts = new Map<string, number>();
  const add = (x: number, y: number) => {
    const key = pixelAt(image, x, y).join(",");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let x = 0; x < image.width; x++) [0, image.height - 1].forEach((y) => add(x, y));
  for (let y = 0; y < image.height; y++) [0, image.width - 1].forEach((x) => add(x, y));
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best![0].split(",").map(Number) as Rgb;
}

/** Pixels whose colour differs from `colour` by more than `tolerance` in some channel. */
export function countPixelsUnlike(image: Image, colour: Rgb, tolerance = 8): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const p: Rgb = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (colourDistance(p, colour) > tolerance) n++;
  }
  return n;
}

/** Pixels within `tolerance` of `colour`. */
export function countPixelsLike(image: Image, colour: Rgb, tolerance = 8): number {
  return image.width * image.height - countPixelsUnlike(image, colour, tolerance);
}

/** True when some pixel within `radius` of (x, y) is within `tolerance` of `colour`. */
export function colourNear(image: Image, x: number, y: number, colour: Rgb, radius = 2, tolerance = 24): boolean {
  for (let dx = -radius; dx <= radius; dx++) {
    for (let dy = -radius; dy <= radius; dy++) {
      if (colourDistance(pixelAt(image, x + dx, y + dy), colour) <= tolerance) return true;
    }
  }
  return false;
}
