// Stable relation ids: a hash of (source, type, target, date, place), so loading the same
// facts twice yields the same ids and MERGE leaves one edge.

import { createHash } from "node:crypto";
import { relationTypeDef, type RelationType } from "../../graph-schema/index.js";

export interface RelationKey {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  place: string | null;
}

export function relationId(key: RelationKey): string {
  // A mutual relation (a call, a meeting) is the same fact whichever end is written first.
  const [a, b] =
    relationTypeDef(key.type).directed || key.source <= key.target
      ? [key.source, key.target]
      : [key.target, key.source];
  const digest = createHash("sha256")
    .update([a, key.type, b, key.date ?? "", key.place ?? ""].join("\u001f"))
    .digest("hex");
  return `r-${digest.slice(0, 16)}`;
}
