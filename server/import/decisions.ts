// Actor resolutions recorded as decisions, in the shape ingestion uses for mentions: each tie of a
// dataset's code or name to an entity the graph already had can be listed and undone.

import { createHash } from "node:crypto";
import type { ResolutionDecision } from "../ingest/ledger.js";
import type { ActorResolution } from "./actor-resolver.js";

export function decisionsFor(
  source: string,
  resolutions: readonly ActorResolution[],
  earlier: readonly ResolutionDecision[],
  now: Date,
): ResolutionDecision[] {
  const known = new Set(earlier.map((d) => `${d.article}|${d.proposed}`));
  return resolutions
    .filter((r) => r.status === "existing" && r.proposed !== r.entity && !known.has(`${source}|${r.proposed}`))
    .map((r) => ({
      id: `imp-${createHash("sha256").update(`${source}|${r.proposed}`).digest("hex").slice(0, 10)}`,
      article: source,
      proposed: r.proposed,
      mention: r.mention,
      entity: r.entity,
      method: r.method,
      score: r.score,
      note: r.note,
      decidedAt: now.toISOString(),
      undoneAt: null,
    }));
}
