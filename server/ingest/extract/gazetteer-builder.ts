// The gazetteer's shape and the builder that fills it: every spelling keyed by folded words (and
// without an inner "the"), states sharing a spelling ordered by how their names begin.

import { withoutInnerThe } from "../../../graph-schema/index.js";
import type { EntityCandidate, NameEntry, OfficeHolding } from "./candidates.js";
import { nameKey } from "./text.js";

export interface Gazetteer {
  names: Map<string, NameEntry[]>;
  maxNameWords: number;
  /** Demonym or bloc adjective key → state (or bloc) it attributes to. */
  demonyms: Map<string, EntityCandidate>;
  offices: OfficeHolding[];
  /** Every candidate by id (existing entities and proposals). */
  byId: Map<string, EntityCandidate>;
  /** Entity id → id of the state it belongs to (organizations, capitals, office holders). */
  countryOf: Map<string, string>;
  /** Ids of media outlets. */
  media: Set<string>;
  /** Keys of states' own names and demonyms ("us", "russian"), as opposed to bodies ("kremlin"). */
  nationalKeys: Set<string>;
  /** Ids of people in the current officials table: matched across spellings like the graph's own. */
  officials: Set<string>;
}

/** How many first letters a spelling shares with a candidate's name: "Serbian" is Serbia's more than Montenegro's. */
export function affinity(spelling: string, c: EntityCandidate): number {
  const a = nameKey(spelling);
  const b = nameKey(c.name);
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

export class GazetteerBuilder {
  readonly g: Gazetteer = {
    names: new Map(),
    maxNameWords: 1,
    demonyms: new Map(),
    offices: [],
    byId: new Map(),
    countryOf: new Map(),
    media: new Set(),
    nationalKeys: new Set(),
    officials: new Set(),
  };

  /** Indexed under its folded words and, when they hold an inner "the", under them without it. */
  add(name: string, entry: Omit<NameEntry, "form">): void {
    const key = nameKey(name);
    if (!key) return;
    this.addKey(key, name, entry);
    const plain = withoutInnerThe(key);
    if (plain !== key) this.addKey(plain, name, entry);
  }

  private addKey(key: string, name: string, entry: Omit<NameEntry, "form">): void {
    const list = this.g.names.get(key) ?? [];
    if (list.some((e) => e.candidate.id === entry.candidate.id)) return;
    // Of states sharing a spelling, the one whose name it begins like comes first ("Serb": Serbia, not Montenegro).
    const before =
      entry.candidate.type === "State"
        ? list.findIndex(
            (e) => e.candidate.type === "State" && affinity(name, e.candidate) < affinity(name, entry.candidate),
          )
        : -1;
    list.splice(before < 0 ? list.length : before, 0, { ...entry, form: name.trim() });
    this.g.names.set(key, list);
    this.g.maxNameWords = Math.max(this.g.maxNameWords, key.split(" ").length);
  }

  candidate(c: EntityCandidate): EntityCandidate {
    const known = this.g.byId.get(c.id);
    if (known) return known;
    this.g.byId.set(c.id, c);
    return c;
  }

  /** An existing entity with this name and type, so proposals never duplicate what the graph has. */
  findExisting(name: string, type: EntityCandidate["type"]): EntityCandidate | undefined {
    return this.g.names.get(nameKey(name))?.find((e) => e.candidate.type === type && e.candidate.existing)?.candidate;
  }
}
