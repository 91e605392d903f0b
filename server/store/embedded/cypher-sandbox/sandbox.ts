// Users' Cypher on the embedded engine runs here: a small pool of read-only sandbox processes
// (workers), one statement per worker at a time, so a runaway statement blocks only its own
// worker. Workers are replaced after a kill and after every write (a read-only open sees the writes committed
// before it opened, never later ones), and statements wait while a write runs.

import type { CypherResult } from "../../../../graph-schema/index.js";
import { EngineUnavailableError } from "../../errors.js";
import { canDropPrivileges, sandboxFolder, workerLaunch } from "./launch.js";
import type { QueryRequest, WorkerSettings } from "./protocol.js";
import { SandboxProcess, type ProcessLimits } from "./sandbox-process.js";

export interface SandboxLimits extends ProcessLimits {
  /** Processes kept ready once statements have come. */
  processes: number;
  /** Most processes at once: while the ready ones are busy (say, with runaways), more start. */
  maxProcesses: number;
  /** Statements that may wait for a worker; more are refused at once. */
  maxWaiting: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  processes: 2,
  maxProcesses: 4,
  maxWaiting: 32,
  memoryBytes: 2 ** 30,
  graceMs: 1_000,
  startMs: 10_000,
  pollMs: 25,
  yieldAfterMs: 500,
};

/** Start-ups failing in a row before a waiting statement is answered with the failure. */
const MAX_START_FAILURES = 3;

interface Waiter {
  resolve(worker: SandboxProcess): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class CypherSandbox {
  /** Ready processes, idle or busy (those starting are counted in `starting`). */
  private readonly processes = new Set<SandboxProcess>();
  /** Every worker not yet exited, forgotten or not: close() waits for all of them. */
  private readonly everyProcess = new Set<SandboxProcess>();
  private readonly idle: SandboxProcess[] = [];
  private readonly waiting: Waiter[] = [];
  private generation = 0;
  /** Processes being started (not yet in `processes`). */
  private starting = 0;
  private writes = 0;
  /** Start-ups that failed in a row. */
  private startFailures = 0;
  private closed = false;
  /** Cleared when the unprivileged user cannot open the database (then children run as we do). */
  private unprivileged = canDropPrivileges();

  constructor(
    private readonly settings: WorkerSettings,
    private readonly limits: SandboxLimits,
    /** Makes every committed write readable by a worker opening the file now (`force`: even if none is known). */
    private readonly flushWrites: (force: boolean) => Promise<void>,
  ) {}

  async run(request: QueryRequest): Promise<CypherResult> {
    // A statement may wait for a worker to start, or for a busy one's time to run out.
    const worker = await this.acquire(request.timeoutMs + this.limits.startMs);
    try {
      return await worker.run(request);
    } finally {
      this.release(worker);
    }
  }

  /** A write begins: statements wait until it ends. */
  writeStarted(): void {
    this.writes += 1;
  }

  /** A write ended: processes opened before it are retired; waiting statements go on. */
  writeEnded(): void {
    this.writes = Math.max(0, this.writes - 1);
    this.generation += 1;
    for (const worker of this.idle.splice(0)) this.retire(worker);
    if (this.writes === 0) this.dispatch();
  }

  /** Kills every worker at once (running statements are answered 503). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new EngineUnavailableError("the database is closing"));
    }
    const all = [...this.everyProcess];
    for (const worker of all) worker.kill("closed");
    await Promise.all(all.map((p) => p.exited));
  }

  private acquire(timeoutMs: number): Promise<SandboxProcess> {
    if (this.closed) return Promise.reject(new EngineUnavailableError("the database is closed"));
    if (this.waiting.length >= this.limits.maxWaiting) {
      return Promise.reject(
        new EngineUnavailableError(
          `too many Cypher statements are waiting (${this.limits.maxWaiting}); try again shortly`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        const why = this.writes > 0 ? "the graph was being written" : "every Cypher worker stayed busy";
        reject(new EngineUnavailableError(`the query could not start within ${timeoutMs} ms: ${why}; try again`));
      }, timeoutMs);
      const waiter: Waiter = { resolve, reject, timer };
      this.waiting.push(waiter);
      this.dispatch();
    });
  }

  /** Hands ready processes to waiting statements, starting processes up to the pool's size. */
  private dispatch(): void {
    if (this.closed || this.writes > 0) return;
    while (this.waiting.length > 0 && this.idle.length > 0) {
      const waiter = this.waiting.shift()!;
      clearTimeout(waiter.timer);
      waiter.resolve(this.idle.shift()!);
    }
    if (this.waiting.length === 0 && (this.processes.size === 0 || this.idle.length > 0)) return;
    // The ready pool starts whole, and grows while statements wait on busy workers or none is idle
    // (a spare starts): a runaway blocks its own worker, not the next statement.
    const busy = this.processes.size - this.idle.length;
    const wanted = Math.max(
      this.limits.processes,
      Math.min(this.limits.maxProcesses, busy + Math.max(1, this.waiting.length)),
    );
    for (let i = this.processes.size + this.starting; i < wanted; i++) this.start();
  }

  private start(): void {
    this.starting += 1;
    void this.launch().finally(() => {
      this.starting -= 1;
      this.dispatch();
    });
  }

  private async launch(attempt = 1): Promise<void> {
    const generation = this.generation;
    try {
      await this.flushWrites(attempt > 1);
    } catch (error) {
      this.failNextWaiter(error as Error);
      return;
    }
    if (this.closed) return;
    const unprivileged = this.unprivileged;
    let folder: string;
    try {
      folder = await sandboxFolder();
    } catch (error) {
      process.emitWarning(`no folder for the query processes: ${String(error)}`);
      this.failNextWaiter(new EngineUnavailableError("the process for users' Cypher could not start"));
      return;
    }
    if (this.closed) return;
    const worker = new SandboxProcess(workerLaunch(this.settings, folder, unprivileged), this.limits, generation);
    this.everyProcess.add(worker);
    void worker.exited.then(() => {
      this.everyProcess.delete(worker);
      this.forget(worker);
    });
    try {
      await worker.ready;
    } catch (error) {
      this.forget(worker);
      if (unprivileged && /denied|permission|EPERM|EACCES/i.test(worker.diagnostics + String(error))) {
        if (this.unprivileged) {
          this.unprivileged = false;
          process.emitWarning(
            "the unprivileged user cannot read the database: users' Cypher runs as the server's own user (the guard still refuses file clauses)",
          );
        }
        return this.launch(attempt);
      }
      // A write that began while the worker opened the file leaves a log it cannot read yet: once more.
      if (attempt < 3 && /\bwal\b/i.test(worker.diagnostics)) return this.launch(attempt + 1);
      // For the operator (stderr): the reason may name files, so clients only get the error's own message.
      process.emitWarning(`a process for users' Cypher failed to start: ${worker.diagnostics.trim().slice(-500)}`);
      // One failure may be a stray signal (dispatch then starts another); repeated ones are answered.
      this.startFailures += 1;
      if (this.startFailures >= MAX_START_FAILURES) this.failNextWaiter(error as Error);
      return;
    }
    this.startFailures = 0;
    this.processes.add(worker);
    this.release(worker);
  }

  private failNextWaiter(error: Error): void {
    const waiter = this.waiting.shift();
    if (!waiter) return;
    clearTimeout(waiter.timer);
    waiter.reject(error);
  }

  private release(worker: SandboxProcess): void {
    if (!worker.alive && !this.closed && this.writes === 0) {
      // Killed for a limit or crashed: a replacement starts now, so the next statement need not wait for it.
      this.forget(worker);
      if (this.idle.length === 0 || this.processes.size + this.starting < this.limits.processes) this.start();
    } else if (!worker.alive || worker.generation !== this.generation || this.closed) {
      this.retire(worker);
    } else if (this.waiting.length === 0 && this.idle.length > 0 && this.processes.size > this.limits.processes) {
      this.retire(worker); // an extra started while others were busy, and another is idle
    } else if (!this.idle.includes(worker)) {
      this.idle.push(worker);
    }
    this.dispatch();
  }

  private retire(worker: SandboxProcess): void {
    worker.kill("retired");
    this.forget(worker);
  }

  private forget(worker: SandboxProcess): void {
    this.processes.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
  }
}
