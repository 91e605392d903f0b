// The API process's handle on one sandbox process: starts it, sends it one statement at a time,
// and enforces the hard limits the engine cannot — resident memory (polled from /proc) and wall
// time — by SIGKILL. A statement whose process dies answers with the limit that was hit.

import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { setPriority } from "node:os";
import type { CypherResult } from "../../../../graph-schema/index.js";
import {
  EngineUnavailableError,
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  WriteRefusedError,
} from "../../errors.js";
import type { Launch } from "./launch.js";
import type { QueryRequest, WorkerMessage } from "./protocol.js";

export interface ProcessLimits {
  /** Resident memory above which the process is killed, in bytes. */
  memoryBytes: number;
  /** How long past a statement's own timeout the process may run before it is killed. */
  graceMs: number;
  /** Longest start-up (process, module loading, opening the database). */
  startMs: number;
  /** How often resident memory is read while a statement runs. */
  pollMs: number;
  /** After this long a statement runs at the lowest CPU priority, yielding to the API and to short statements. */
  yieldAfterMs: number;
}

/** Niceness of a process whose statement runs long (19: the lowest priority). */
const LONG_RUNNING_NICENESS = 19;

/** Why the parent killed a process; a process that died on its own crashed. */
type KillReason = "memory" | "time" | "start" | "closed" | "retired";

interface Pending {
  id: number;
  request: QueryRequest;
  resolve(result: CypherResult): void;
  reject(error: Error): void;
}

/** Resident set size of a process in bytes, or null where /proc cannot tell. */
async function residentBytes(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const kb = status && /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : null;
}

const STDERR_KEPT = 2_000;

export class SandboxProcess {
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  private readonly child: ChildProcess;
  private pending: Pending | null = null;
  private killedFor: KillReason | null = null;
  private dead = false;
  private nextId = 1;
  private stderr = "";
  private watch: NodeJS.Timeout | null = null;
  private deadline: NodeJS.Timeout | null = null;
  private yieldTimer: NodeJS.Timeout | null = null;

  constructor(
    launch: Launch,
    private readonly limits: ProcessLimits,
    /** The write generation of the database this process opened. */
    readonly generation: number,
  ) {
    this.child = spawn(launch.command, launch.args, launch.options);
    // A failed spawn or a send to a dead process: the exit (or start-up) handler answers for it.
    this.child.on("error", (error) => (this.stderr = `${this.stderr}\n${error.message}`.slice(-STDERR_KEPT)));
    this.child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-STDERR_KEPT);
    });
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()));
    this.ready = this.startUp();
    this.ready.catch(() => undefined);
    this.child.once("exit", (code, signal) => this.onExit(code, signal));
    this.child.on("message", (message: WorkerMessage) => this.onMessage(message));
  }

  get alive(): boolean {
    return !this.dead;
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  /** The last lines the process wrote to stderr (for the server's log, never for clients). */
  get diagnostics(): string {
    return this.stderr;
  }

  private startUp(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.kill("start"), this.limits.startMs);
      const done = (error?: Error): void => {
        clearTimeout(timer);
        this.child.off("message", onMessage);
        if (error) reject(error);
        else resolve();
      };
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === "ready") done();
        if (message.type === "open-failed") {
          // The engine's reason names files: it stays in this process's diagnostics, not in answers.
          this.stderr = `${this.stderr}\n${message.message}`.slice(-STDERR_KEPT);
          done(new EngineUnavailableError("the process for users' Cypher could not open the database"));
        }
      };
      this.child.on("message", onMessage);
      this.child.once("error", () => done(new EngineUnavailableError("the process for users' Cypher could not start")));
      this.child.once("exit", (code, signal) =>
        done(
          new EngineUnavailableError(
            `the process for users' Cypher ended while starting (${signal ?? `exit ${code}`})`,
          ),
        ),
      );
    });
  }

  /** Runs one statement; the process must be ready and idle. */
  run(request: QueryRequest): Promise<CypherResult> {
    return new Promise((resolve, reject) => {
      if (this.dead || this.pending) {
        reject(new EngineUnavailableError("the process for this query ended before it started; run it again"));
        return;
      }
      const id = this.nextId++;
      this.pending = { id, request, resolve, reject };
      this.deadline = setTimeout(() => this.kill("time"), request.timeoutMs + this.limits.graceMs);
      this.yieldTimer = setTimeout(() => this.setNiceness(LONG_RUNNING_NICENESS), this.limits.yieldAfterMs);
      this.watch = setInterval(() => void this.checkMemory(), this.limits.pollMs);
      this.child.send({ type: "run", id, ...request }, (error) => {
        if (error) this.kill("start");
      });
    });
  }

  kill(reason: KillReason): void {
    if (this.dead) return;
    this.killedFor ??= reason;
    this.child.kill("SIGKILL");
  }

  private async checkMemory(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined || this.dead) return;
    const bytes = await residentBytes(pid);
    if (bytes === null) return;
    if (bytes > this.limits.memoryBytes) this.kill("memory");
  }

  private settle(): Pending | null {
    const pending = this.pending;
    this.pending = null;
    if (this.deadline) clearTimeout(this.deadline);
    if (this.watch) clearInterval(this.watch);
    if (this.yieldTimer) clearTimeout(this.yieldTimer);
    this.deadline = this.watch = this.yieldTimer = null;
    if (!this.dead) this.setNiceness(0);
    return pending;
  }

  /** Only root may raise a priority again: elsewhere the process stays yielding, which costs only speed. */
  private setNiceness(niceness: number): void {
    if (this.dead || this.child.pid === undefined) return;
    try {
      setPriority(this.child.pid, niceness);
    } catch {
      // not permitted (see above) or already gone
    }
  }

  private onMessage(message: WorkerMessage): void {
    if (message.type !== "result" && message.type !== "failed") return;
    if (this.pending?.id !== message.id) return;
    const pending = this.settle()!;
    if (message.type === "result") pending.resolve(message.result);
    else pending.reject(rebuildError(message));
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.dead = true;
    const pending = this.settle();
    if (pending) pending.reject(this.deathError(pending.request, code, signal));
  }

  private deathError(request: QueryRequest, code: number | null, signal: NodeJS.Signals | null): Error {
    const mb = Math.round(this.limits.memoryBytes / 2 ** 20);
    switch (this.killedFor) {
      case "memory":
        return new QueryLimitError(
          "memory",
          `it needed more than ${mb} MB of memory; the process running it was killed`,
        );
      case "time":
        return new QueryTimeoutError(`it ran longer than ${request.timeoutMs} ms; the process running it was killed`);
      case "closed":
      case "retired":
      case "start":
        return new EngineUnavailableError(
          "the query was cut off because the database is closing or changing; run it again",
        );
      default:
        return new QueryLimitError(
          "crash",
          `the process running it ended (${signal ?? `exit code ${code}`}); only this query was lost`,
        );
    }
  }
}

function rebuildError(message: Extract<WorkerMessage, { type: "failed" }>): Error {
  switch (message.kind) {
    case "syntax":
      return new QuerySyntaxError(message.message, message.position);
    case "write":
      return new WriteRefusedError(message.message);
    case "timeout":
      return new QueryTimeoutError(message.message);
    case "memory":
      return new QueryLimitError("memory", `the engine ran out of its memory budget: ${message.message}`);
    default:
      return new Error(message.message);
  }
}
