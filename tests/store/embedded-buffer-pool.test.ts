// The embedded engine's buffer-pool bound: sizes parsed and refused at the edges (flag and
// environment), the setting carried through the store options to the engine, and shown in --help.

import { configFromFlags } from "../../server/cli/engine-options.js";
import { ConfigError, readConfig } from "../../server/config.js";
import {
  DEFAULT_SERVE_BUFFER_POOL_BYTES,
  MIN_BUFFER_POOL_BYTES,
  formatBytes,
  parseBufferPool,
} from "../../server/store/embedded/buffer-pool.js";
import { openEmbeddedStore, type EmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import { openStore } from "../../server/store/open-store.js";
import { runCli } from "../support/cli.js";

const MB = 2 ** 20;

test.each([
  ["512MB", 512 * MB],
  ["512mb", 512 * MB],
  ["1.5GB", 1536 * MB],
  [" 2gb ", 2048 * MB],
  ["268435456", 256 * MB],
  ["65536kb", 64 * MB],
  ["0", 0],
])("%j is %d bytes", (text, expected) => {
  expect(parseBufferPool(text, "--buffer-pool")).toBe(expected);
});

test.each(["", "abc", "12abc", "-1GB", "1e9", "0x100000000", "512 MiB", "1GB; rm", "63MB", "9999999TB"])(
  "%j is refused with the flag's name and the rule",
  (text) => {
    expect(() => parseBufferPool(text, "--buffer-pool")).toThrow(/^--buffer-pool must be /);
  },
);

test("the smallest size allowed is the minimum, and one byte less is refused", () => {
  expect(parseBufferPool(String(MIN_BUFFER_POOL_BYTES), "x")).toBe(MIN_BUFFER_POOL_BYTES);
  expect(() => parseBufferPool(String(MIN_BUFFER_POOL_BYTES - 1), "x")).toThrow(
    /at least 64MB \(or 0: the engine's own default\)/,
  );
});

test("the environment sets both pools; a bad value names its variable", () => {
  const store = readConfig({ ACTORGRAPH_BUFFER_POOL: "256MB", ACTORGRAPH_CYPHER_BUFFER_POOL: "768MB" }).store;
  expect(store).toMatchObject({ engine: "embedded", bufferPoolBytes: 256 * MB, userQueryBufferPoolBytes: 768 * MB });
  expect(readConfig({}).store).toMatchObject({ bufferPoolBytes: undefined, userQueryBufferPoolBytes: undefined });
  expect(() => readConfig({ ACTORGRAPH_BUFFER_POOL: "lots" })).toThrow(ConfigError);
  expect(() => readConfig({ ACTORGRAPH_BUFFER_POOL: "lots" })).toThrow(/ACTORGRAPH_BUFFER_POOL/);
  expect(() => readConfig({ ACTORGRAPH_CYPHER_BUFFER_POOL: "1MB" })).toThrow(/ACTORGRAPH_CYPHER_BUFFER_POOL/);
  // 0 keeps the engine's own default for the server; a user-Cypher process's pool is its memory limit.
  expect(readConfig({ ACTORGRAPH_BUFFER_POOL: "0" }).store).toMatchObject({ bufferPoolBytes: 0 });
  expect(() => readConfig({ ACTORGRAPH_CYPHER_BUFFER_POOL: "0" })).toThrow(/ACTORGRAPH_CYPHER_BUFFER_POOL/);
});

test("a flag wins over the environment, and a bad flag is named as the flag", () => {
  const saved = process.env.ACTORGRAPH_BUFFER_POOL;
  process.env.ACTORGRAPH_BUFFER_POOL = "1GB";
  try {
    expect(configFromFlags({ engine: "embedded" }).store).toMatchObject({ bufferPoolBytes: 1024 * MB });
    expect(configFromFlags({ engine: "embedded", bufferPool: "128MB" }).store).toMatchObject({
      bufferPoolBytes: 128 * MB,
    });
    expect(() => configFromFlags({ engine: "embedded", bufferPool: "huge" })).toThrow(ConfigError);
    expect(() => configFromFlags({ engine: "embedded", cypherBufferPool: "2" })).toThrow(/^--cypher-buffer-pool /);
  } finally {
    if (saved === undefined) delete process.env.ACTORGRAPH_BUFFER_POOL;
    else process.env.ACTORGRAPH_BUFFER_POOL = saved;
  }
});

describe("the engine receives the setting", () => {
  const opened: EmbeddedStore[] = [];
  afterAll(async () => {
    for (const store of opened) await store.close();
  });
  const open = async (make: () => Promise<unknown>): Promise<EmbeddedStore> => {
    const store = (await make()) as EmbeddedStore;
    opened.push(store);
    return store;
  };

  test("the engine's own pool by default (what a bulk load needs), else the size given", async () => {
    const byDefault = await open(() => openEmbeddedStore({ path: ":memory:" }));
    expect((await byDefault.bufferPool()).limitBytes).toBeGreaterThan(DEFAULT_SERVE_BUFFER_POOL_BYTES);
    const small = await open(() => openEmbeddedStore({ path: ":memory:", bufferPoolBytes: 96 * MB }));
    expect((await small.bufferPool()).limitBytes).toBe(96 * MB);
  });

  test("from the environment through openStore, as `serve` and `load` open it", async () => {
    const { store } = readConfig({ ACTORGRAPH_DB: ":memory:", ACTORGRAPH_BUFFER_POOL: "160MB" });
    const opened = await open(() => openStore(store));
    expect((await opened.bufferPool()).limitBytes).toBe(160 * MB);
  });
});

test("serve bounds the pool by default, load keeps the engine's own; --help says which", () => {
  const help = (command: string): string => {
    const { code, stdout } = runCli([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--cypher-buffer-pool <size>");
    return stdout.replace(/\s+/g, " ");
  };
  expect(help("serve")).toContain(
    `--buffer-pool <size> embedded engine's buffer pool, e.g. 256MB or 2GB (env ACTORGRAPH_BUFFER_POOL, default ${formatBytes(DEFAULT_SERVE_BUFFER_POOL_BYTES)};`,
  );
  expect(help("load")).toContain("(env ACTORGRAPH_BUFFER_POOL, default the engine's own, about 80% of memory;");
});
