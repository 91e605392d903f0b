// Drives HTTP requests at a server in another process with autocannon: a fixed list of request
// paths sent in order (the same list for every engine), one connection for latency or several
// for throughput; counts every response that is not a 2xx and every connection error, and, given
// the server's pid, the CPU time the server spent per request (a figure other load on shared cores
// disturbs far less than requests per second).

import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { summarize, type LatencySummary } from "./latency.js";

export interface HttpFigures {
  connections: number;
  requests: number;
  latency: LatencySummary;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** CPU milliseconds (user + system, every thread) the server process spent per request; null without its pid. */
  serverCpuMsPerRequest: number | null;
}

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;

/** User + system CPU time of a process in ms, from /proc (Linux); null where unreadable. */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the parenthesised command name: state is the 3rd field, utime the 14th, stime the 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

/** Seconds a single request may take before autocannon counts it as a timeout. */
const REQUEST_TIMEOUT_S = 60;

/** Sends `paths` (in order, cycling) over `connections` keep-alive connections, once each. */
export function runRequests(
  base: string,
  paths: readonly string[],
  connections: number,
  serverPid?: number,
): Promise<HttpFigures> {
  if (paths.length < connections) throw new Error(`need at least ${connections} requests, got ${paths.length}`);
  const cpuAtStart = serverPid === undefined ? null : processCpuMs(serverPid);
  let next = 0;
  const times: number[] = [];
  const started = performance.now();
  let lastResponseAt = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        amount: paths.length,
        timeout: REQUEST_TIMEOUT_S,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        // Up to the last response: autocannon itself only ends on its next one-second tick.
        const elapsedMs = lastResponseAt - started;
        const cpuAtEnd = serverPid === undefined ? null : processCpuMs(serverPid);
        const cpuMs = cpuAtStart === null || cpuAtEnd === null ? null : cpuAtEnd - cpuAtStart;
        resolve({
          connections,
          requests: times.length,
          latency: summarize(times),
          requestsPerSecond: (times.length / elapsedMs) * 1000,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          serverCpuMsPerRequest: cpuMs === null || times.length === 0 ? null : cpuMs / times.length,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
      lastResponseAt = performance.now();
    });
  });
}

/** One GET read to the end; anything but a 2xx is an error naming the status and the start of the body. */
export async function fetchOk(url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${url}: ${(await res.text()).slice(0, 200)}`);
  await res.arrayBuffer();
}
