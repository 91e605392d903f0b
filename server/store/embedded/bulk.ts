// Writes into tables that were empty when the load began: nothing to look up, so large groups go
// through COPY from a temporary delimited file (the engine's fast path; the next file is written
// while the engine copies the previous one) and small ones through batched CREATE. COPY is never
// used on a table holding earlier data (duplicate keys could slip in).

import { rm } from "node:fs/promises";
import type { Connection } from "@ladybugdb/core";
import type { PropertyDef } from "../../../graph-schema/index.js";
import { run } from "./connections.js";
import { CsvFolder, type CsvFile } from "./csv-files.js";
import { timed } from "./load-trace.js";
import type { Row } from "./run.js";
import type { OnBatch } from "./upsert.js";
import { copyFromCsv } from "./write-statements.js";

export interface CopyJob {
  table: string;
  columns: readonly PropertyDef[];
  count: number;
  /** The rows in `columns` terms, produced while the file is written. */
  rows: () => Iterable<Row>;
  /** Label pair of a relationship table with several. */
  pair?: { from: string; to: string };
  /** Writes the rows another way (small groups, or lists the file cannot carry); reports progress. */
  fallback: () => Promise<void>;
}

export class BulkWriter {
  private folder: CsvFolder | null = null;
  private files = 0;

  constructor(
    private readonly connection: Connection,
    /** Groups at least this large are COPied. */
    private readonly copyThreshold: number,
  ) {}

  /** Runs the jobs in order; a COPY's progress is reported when it completes. */
  async run(jobs: CopyJob[], onBatch: OnBatch): Promise<void> {
    let copying: Promise<void> = Promise.resolve();
    try {
      for (const job of jobs) {
        if (job.count === 0) continue;
        const file = job.count >= this.copyThreshold ? await this.writeFile(job) : null;
        await timed("wait", "", 0, () => copying);
        if (!file) {
          await timed("create", nameOf(job), job.count, job.fallback);
          continue;
        }
        copying = this.copy(job, file).then(() => onBatch(job.count));
        // Handled here so a failure while the next file is written is not an unhandled rejection.
        copying.catch(() => undefined);
      }
      await copying;
    } finally {
      await copying.catch(() => undefined);
      await this.folder?.remove();
      this.folder = null;
    }
  }

  private async writeFile(job: CopyJob): Promise<CsvFile | null> {
    this.folder ??= await CsvFolder.create();
    const folder = this.folder;
    const name = `${job.table}-${++this.files}`;
    return timed("file", nameOf(job), job.count, () => folder.write(name, job.columns, job.rows()));
  }

  private async copy(job: CopyJob, file: CsvFile): Promise<void> {
    try {
      const statement = copyFromCsv(job.table, job.columns, file.path, { multiline: file.multiline, ...job.pair });
      await timed("copy", nameOf(job), job.count, () => run(this.connection, statement));
    } finally {
      await rm(file.path, { force: true });
    }
  }
}

const nameOf = (job: CopyJob): string => (job.pair ? `${job.table} ${job.pair.from}->${job.pair.to}` : job.table);
