// CPU time of this process split into its main thread (JavaScript) and every other thread (the
// embedded engine's workers, libuv), read from Linux's /proc; null elsewhere.

import { readdirSync, readFileSync } from "node:fs";

export interface ThreadCpu {
  main: number;
  other: number;
}

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** utime + stime of one /proc stat line, in ms (fields 14 and 15; the name in parentheses may hold spaces). */
function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Milliseconds of CPU so far: the main thread's, and the sum of the others' still running. */
export function threadCpuMs(): ThreadCpu | null {
  if (process.platform !== "linux") return null;
  try {
    let main = 0;
    let other = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      const ms = statCpuMs(readFileSync(`/proc/self/task/${tid}/stat`, "utf8"));
      if (Number(tid) === process.pid) main = ms;
      else other += ms;
    }
    return { main, other };
  } catch {
    return null;
  }
}
