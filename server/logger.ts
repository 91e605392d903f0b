// Structured JSON logging (pino) to stderr, so a command's stdout stays clean for --json output.

import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { app: "actorgraph" } }, pino.destination(2));
}
