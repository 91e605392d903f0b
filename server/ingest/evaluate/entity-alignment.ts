// Pairs an article's extracted entities with its gold entities: the same id, or, for an entity
// held out of the knowledge (so the extractor had to propose it anew), a shared name or alias.

import type { EntityRecord } from "../../../graph-schema/index.js";
import type { ExtractedEntity } from "../extractor.js";
import { maximumMatching } from "./matching.js";
import { Tally } from "./metrics.js";
import { normaliseName } from "./normalise.js";

/** What alignment needs of a gold entity: a curated record, or an entity a hand-made gold file declares. */
export type GoldEntity = Pick<EntityRecord, "id" | "name" | "aliases" | "type">;

export interface EntityAlignment {
  /** Counts per entity type: hits and misses by the gold type, false positives by the extracted one. */
  tally: Tally;
  /** Extracted id → gold id for every extracted entity that names a gold one (duplicates included). */
  goldIdOf: ReadonlyMap<string, string>;
  misses: GoldEntity[];
  falsePositives: ExtractedEntity[];
}

const goldNames = (g: GoldEntity): Set<string> => new Set([g.name, ...g.aliases].map(normaliseName));
const extractedNames = (e: ExtractedEntity): string[] =>
  [e.name, ...e.newAliases, ...e.mentions.map((m) => m.text)].map(normaliseName).filter((n) => n !== "");

/**
 * `heldOut` names the gold entities that were not in the knowledge given to the extractor: only
 * they may be matched by name, since an entity the graph knew must be resolved to its id.
 */
export function alignEntities(
  gold: readonly GoldEntity[],
  heldOut: ReadonlySet<string>,
  extracted: readonly ExtractedEntity[],
): EntityAlignment {
  const candidates = gold.map((g) => {
    const names = heldOut.has(g.id) ? goldNames(g) : new Set<string>();
    const byId = extracted.flatMap((e, i) => (e.id === g.id ? [i] : []));
    const byName = extracted.flatMap((e, i) =>
      e.id !== g.id && extractedNames(e).some((n) => names.has(n)) ? [i] : [],
    );
    // The entity's own name first: "Armenia" (with a "Yerevan" mention) is the state, not the city.
    const byOwnName = byName.filter((i) => normaliseName(extracted[i]!.name) === normaliseName(g.name));
    return { byId, preferred: [...byId, ...byOwnName], all: [...byId, ...byOwnName, ...byName] };
  });
  const matchOf = maximumMatching(
    candidates.map((c) => c.all),
    candidates.map((c) => c.preferred),
  );

  const tally = new Tally();
  const goldIdOf = new Map<string, string>();
  gold.forEach((g, gi) => {
    const e = extracted[matchOf[gi] ?? -1];
    tally.add(g.type, e ? "tp" : "fn");
    if (e) goldIdOf.set(e.id, g.id);
  });
  const matched = new Set(matchOf);
  const falsePositives = extracted.filter((_, i) => !matched.has(i));
  for (const e of falsePositives) tally.add(e.type, "fp");
  // A duplicate of a matched entity still names that gold entity: its relations are judged on it.
  candidates.forEach(({ all }, gi) => {
    for (const i of all) {
      const e = extracted[i]!;
      if (!goldIdOf.has(e.id)) goldIdOf.set(e.id, gold[gi]!.id);
    }
  });
  return { tally, goldIdOf, misses: gold.filter((_, gi) => matchOf[gi] === -1), falsePositives };
}
