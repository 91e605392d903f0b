// The merged graph kept in memory between ingestions, so that adding one article to a large
// ledger does not replay the whole ledger again. It notices when the data folder or the ledger
// changed under it (another process ingested, a decision was undone) and is then rebuilt.

import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { loadCuratedDataset } from "../dataset/curated.js";
import type { Dataset } from "../dataset/dataset.js";
import { GraphBuilder } from "./graph-builder.js";
import { decisionMap, replayLedger, toDataset } from "./graph-dataset.js";
import type { IngestLedger, ResolutionDecision } from "./ledger.js";
import { textFingerprint } from "./text-fingerprint.js";

/** Names and modification times of what the graph is built from. */
async function signatureOf(dataDir: string, ledger: IngestLedger): Promise<string> {
  const parts: string[] = [];
  for (const dir of [join(dataDir, "graph"), join(dataDir, "articles"), ...ledger.folders()]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const info = await stat(join(dir, name)).catch(() => null);
      parts.push(`${dir}/${name}:${info?.mtimeMs ?? 0}:${info?.size ?? 0}`);
    }
  }
  return parts.join("\n");
}

export class IngestSession {
  private constructor(
    readonly dataDir: string,
    readonly ledger: IngestLedger,
    readonly builder: GraphBuilder,
    /** The graph as the store should now hold it. */
    public dataset: Dataset,
    readonly decisions: Map<string, ResolutionDecision>,
    /** Text fingerprint → article id, for every article in the graph. */
    readonly known: Map<string, string>,
    private signature: string,
  ) {}

  static async open(dataDir: string, ledger: IngestLedger): Promise<IngestSession> {
    const signature = await signatureOf(dataDir, ledger);
    const contents = await ledger.read();
    const builder = replayLedger(await loadCuratedDataset(dataDir), contents);
    const dataset = toDataset(builder.records());
    const known = new Map(dataset.articles.map((a) => [textFingerprint(a.text), a.id]));
    return new IngestSession(dataDir, ledger, builder, dataset, decisionMap(contents.decisions), known, signature);
  }

  /** False when the files changed since this session read them. */
  async isCurrent(): Promise<boolean> {
    return (await signatureOf(this.dataDir, this.ledger)) === this.signature;
  }

  /** After this session wrote the ledger itself. */
  async acknowledgeWrites(): Promise<void> {
    this.signature = await signatureOf(this.dataDir, this.ledger);
  }

  /** A copy to try things on (a dry run) without touching this one. */
  fork(): IngestSession {
    return new IngestSession(
      this.dataDir,
      this.ledger,
      new GraphBuilder(this.builder.records()),
      this.dataset,
      new Map(this.decisions),
      new Map(this.known),
      this.signature,
    );
  }
}
