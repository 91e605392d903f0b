// The people of the reference tables in the gazetteer: leaders and current officials by name and
// variants, with their offices, and officials' surnames where they name one person only.

import type { ReferenceTables } from "../reference/tables.js";
import type { EntityCandidate } from "./candidates.js";
import type { GazetteerBuilder } from "./gazetteer-builder.js";
import { FAMILY_NAME_FIRST_STATES, NAME_PARTICLES } from "./lexicon.js";
import { officeOfLeaderTitle } from "./roles.js";
import { nameKey } from "./text.js";
import { slugify } from "../merge-keys.js";

/**
 * The surname alone of a current official ("Witkoff", "Ryabkov"), when it is long enough, shared by
 * no other official and no other name: news often names them so without a first mention.
 */
function addOfficialSurnames(b: GazetteerBuilder, officials: readonly { name: string; state: string }[]): void {
  const surnameOf = (o: { name: string; state: string }): string | null => {
    if (
      nameKey(o.name)
        .split(" ")
        .some((w) => NAME_PARTICLES.has(w))
    )
      return null;
    const words = o.name.split(/\s+/);
    const surname = FAMILY_NAME_FIRST_STATES.has(o.state) ? words[0] : words[words.length - 1];
    return words.length >= 2 && surname && surname.length >= 5 ? surname : null;
  };
  const counts = new Map<string, number>();
  for (const o of officials) {
    const s = surnameOf(o);
    if (s) counts.set(nameKey(s), (counts.get(nameKey(s)) ?? 0) + 1);
  }
  for (const o of officials) {
    const s = surnameOf(o);
    if (!s || counts.get(nameKey(s)) !== 1 || b.g.names.has(nameKey(s))) continue;
    const person =
      b.findExisting(o.name, "Person") ??
      b.candidate({ id: slugify(o.name), name: o.name, type: "Person", existing: null });
    b.add(s, {
      candidate: person,
      method: person.existing ? "alias" : "gazetteer",
      score: 0.85,
      note: `surname of ${o.name}`,
    });
  }
}

export function addLeaders(
  b: GazetteerBuilder,
  reference: ReferenceTables,
  stateById: Map<string, EntityCandidate>,
): void {
  const officials = (reference.officials ?? []).map((o) => ({ ...o, to: o.asOf + 1 }));
  for (const o of officials) b.g.officials.add(b.findExisting(o.name, "Person")?.id ?? slugify(o.name));
  addOfficialSurnames(b, officials);
  for (const l of [...officials, ...reference.leaders]) {
    const state = stateById.get(l.state);
    const office = officeOfLeaderTitle(l.title);
    // A deputy's title names no office concept, but the person is still known by name and state.
    if (!state || (!office && !("asOf" in l))) continue;
    const person =
      b.findExisting(l.name, "Person") ??
      b.candidate({ id: slugify(l.name), name: l.name, type: "Person", existing: null });
    for (const n of [l.name, ...l.variants])
      b.add(n, { candidate: person, method: person.existing ? "name" : "gazetteer", score: 0.9, note: null });
    if (!b.g.countryOf.has(person.id)) b.g.countryOf.set(person.id, state.id);
    if (!office) continue;
    b.g.offices.push({
      person,
      office,
      roleText: l.title,
      polity: state.id,
      country: state.id,
      date: null,
      fromYear: l.from,
      toYear: l.to,
      source: "reference",
    });
  }
}
