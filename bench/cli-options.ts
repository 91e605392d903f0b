// Command-line options of the benchmark scripts: node's parseArgs, plus the `--help` every CLI owes
// its user and a usage text (not a stack trace) when an option is unknown or misspelt.

import { parseArgs, type ParseArgsConfig } from "node:util";

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** Parses process.argv with `config`; `--help` prints `usage` and exits 0, a bad option prints it and exits 2. */
export function benchOptions<T extends ParseArgsConfig>(usage: string, config: T): Parsed<T> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
