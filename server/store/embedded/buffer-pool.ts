// The embedded engine's memory bounds: the buffer pool of the serving process and of each process
// running users' Cypher, written as sizes such as "512MB" (units of 1024, as Express reads sizes).

import bytes from "bytes";
import { z } from "zod";

const MB = 2 ** 20;

/** Asks for the engine's own default, about 80 % of the machine's memory (the default but for `serve`). */
export const ENGINE_DEFAULT = 0;

/**
 * `serve`'s pool. Serving reads come from the in-process graph copy, so the pool is touched by
 * building that copy and by the few reads the copy does not answer: building it for 1M relations
 * left ~440 MB resident with a 512 MB pool and ~230 MB with 128 MB (README, Performance). A bulk
 * load needs more (1M relations failed with 256 MB), so other commands keep the engine's default.
 */
export const DEFAULT_SERVE_BUFFER_POOL_BYTES = 256 * MB;

/**
 * Each user-Cypher process's pool: a cap, reserved rather than used; a var-length pattern over our
 * ~140 relationship tables needs more than 512 MB of it.
 */
export const DEFAULT_USER_QUERY_BUFFER_POOL_BYTES = 1024 * MB;

/** Below this the engine cannot hold the pages one statement over our tables pins at once. */
export const MIN_BUFFER_POOL_BYTES = 64 * MB;
/** Far beyond any machine this runs on, yet safe from overflow in the engine's 64-bit sizes. */
export const MAX_BUFFER_POOL_BYTES = 2 ** 50;

const SIZE = /^\s*\d+(\.\d+)?\s*(b|kb|mb|gb|tb)?\s*$/i;

/** A buffer-pool size: "512MB", "1.5GB", "268435456" (bytes), within the bounds above, or "0". */
export const bufferPoolSize = z
  .string()
  .regex(SIZE, "expected a size such as 512MB or 2GB")
  .transform((text) => Math.floor(bytes.parse(text.trim()) ?? Number.NaN))
  .pipe(
    z
      .number()
      .int()
      .refine((n) => n === ENGINE_DEFAULT || n >= MIN_BUFFER_POOL_BYTES, {
        message: `at least ${bytes.format(MIN_BUFFER_POOL_BYTES)} (or 0: the engine's own default)`,
      })
      .refine((n) => n <= MAX_BUFFER_POOL_BYTES, { message: `at most ${bytes.format(MAX_BUFFER_POOL_BYTES)}` }),
  );

/** A user-Cypher process's pool, which is also its memory limit: a size, never the engine's default. */
export const userQueryPoolSize = bufferPoolSize.refine((n) => n !== ENGINE_DEFAULT, {
  message: `at least ${bytes.format(MIN_BUFFER_POOL_BYTES)}`,
});

/** Parses a size or throws an Error naming `what` and the rule broken. */
export function parseBufferPool(text: string, what: string, schema = bufferPoolSize): number {
  const parsed = schema.safeParse(text);
  if (parsed.success) return parsed.data;
  throw new Error(`${what} must be ${parsed.error.issues[0]?.message ?? "a size"}, got "${text}"`);
}

/** "512MB": how the help and the logs write a size. */
export const formatBytes = (n: number): string => bytes.format(n, { unitSeparator: "" }) ?? `${n}B`;
