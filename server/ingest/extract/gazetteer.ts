// The name index built from what the graph knows plus the reference tables: every spelling
// (names, aliases, capitals, demonyms, leaders, stand-ins) keyed by folded words, and the office
// holdings that resolve titles. Built once per knowledge index (kept with it, see rule-extractor.ts).

import type { EntityRecord } from "../../../graph-schema/index.js";
import type { GraphKnowledge } from "../extractor.js";
import { indexKnowledge, type KnowledgeIndex } from "../knowledge-index.js";
import { CAPITAL_CITIES } from "../reference/supplement.js";
import type { ReferenceTables } from "../reference/tables.js";
import { GOVERNMENT_BODY_KIND, type EntityCandidate, type NameEntry, type OfficeHolding } from "./candidates.js";
import { officeOfLeaderTitle, officeOfRoleText } from "./roles.js";
import { NAME_PARTICLES, FAMILY_NAME_FIRST_STATES } from "./lexicon.js";
import { BLOC_ADJECTIVES, MEDIA_OUTLETS, STAND_INS } from "./stand-ins.js";
import { nameKey } from "./text.js";
import { slugify } from "../merge-keys.js";

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

function candidateOf(e: EntityRecord): EntityCandidate {
  const base = { id: e.id, name: e.name, type: e.type, existing: e };
  if (e.type === "State") return { ...base, iso3: e.iso3 };
  if (e.type === "Organization" || e.type === "Place") return { ...base, kind: e.kind, country: e.country };
  return base;
}

class GazetteerBuilder {
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

  add(name: string, entry: Omit<NameEntry, "form">): void {
    const key = nameKey(name);
    if (!key) return;
    const list = this.g.names.get(key) ?? [];
    if (list.some((e) => e.candidate.id === entry.candidate.id)) return;
    list.push({ ...entry, form: name.trim() });
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

function addKnowledge(b: GazetteerBuilder, knowledge: KnowledgeIndex): void {
  for (const e of knowledge.entities) {
    const c = b.candidate(candidateOf(e));
    b.add(e.name, { candidate: c, method: "name", score: 1, note: null });
    const bare = e.name.replace(/\s*\([^)]*\)\s*$/, "");
    if (bare !== e.name) b.add(bare, { candidate: c, method: "name", score: 0.95, note: null });
    for (const alias of e.aliases) b.add(alias, { candidate: c, method: "alias", score: 0.97, note: null });
    if ((e.type === "Organization" || e.type === "Place") && e.country) b.g.countryOf.set(e.id, e.country);
    if (e.type === "Organization" && e.kind === "media") b.g.media.add(e.id);
  }
  for (const r of knowledge.offices) {
    const person = b.g.byId.get(r.source);
    const office = r.type === "HOLDS_ROLE" ? officeOfRoleText(r.role ?? "") : officeOfRoleText("president");
    if (!person || !office) continue;
    const country = b.g.byId.get(r.target)?.type === "State" ? r.target : (b.g.countryOf.get(r.target) ?? null);
    b.g.offices.push({
      person,
      office,
      roleText: r.role,
      polity: r.target,
      country,
      date: r.date,
      fromYear: null,
      toYear: null,
      source: "graph",
    });
    if (country && !b.g.countryOf.has(person.id)) b.g.countryOf.set(person.id, country);
  }
}

function addReference(b: GazetteerBuilder, reference: ReferenceTables): void {
  const stateByIso = new Map<string, EntityCandidate>();
  for (const s of reference.states) {
    const existing = [...b.g.byId.values()].find((c) => c.type === "State" && c.iso3 === s.iso3);
    const state = existing ?? b.candidate({ id: s.id, name: s.name, type: "State", existing: null, iso3: s.iso3 });
    stateByIso.set(s.iso3, state);
    for (const n of [s.name, ...s.names]) b.add(n, { candidate: state, method: "gazetteer", score: 0.95, note: null });
    for (const n of [s.name, ...s.names, ...s.demonyms]) b.g.nationalKeys.add(nameKey(n));
    for (const d of s.demonyms) if (!b.g.demonyms.has(nameKey(d))) b.g.demonyms.set(nameKey(d), state);
    const cities = CAPITAL_CITIES[s.iso3] ?? (s.capitals.length > 0 ? [s.capitals] : []);
    for (const spellings of cities) addCapital(b, spellings, state);
  }
  for (const standIn of STAND_INS) addStandIn(b, standIn, standIn.iso3 ? stateByIso.get(standIn.iso3) : undefined);
  for (const org of reference.organizations ?? [])
    addStandIn(
      b,
      { name: org.name, forms: org.forms, as: "organization", iso3: org.iso3, kind: org.kind },
      org.iso3 ? stateByIso.get(org.iso3) : undefined,
    );
  for (const [adjective, bloc] of Object.entries(BLOC_ADJECTIVES)) {
    const c = b.findExisting(bloc, "Organization") ?? b.g.byId.get(slugify(bloc));
    if (c && !b.g.demonyms.has(adjective)) b.g.demonyms.set(adjective, c);
  }
  for (const outlet of MEDIA_OUTLETS) {
    const c =
      b.findExisting(outlet, "Organization") ??
      b.candidate({
        id: slugify(outlet),
        name: outlet,
        type: "Organization",
        existing: null,
        kind: "media",
        country: null,
      });
    b.add(outlet, { candidate: c, method: c.existing ? "name" : "gazetteer", score: 0.95, note: null });
    b.g.media.add(c.id);
  }
  addLeaders(b, reference, new Map(reference.states.map((s) => [s.id, stateByIso.get(s.iso3)!])));
}

/** One place for a capital city, named by its first spelling, each spelling also standing for its state. */
function addCapital(b: GazetteerBuilder, spellings: readonly string[], state: EntityCandidate): void {
  const name = spellings[0]!;
  const place =
    spellings.map((n) => b.findExisting(n, "Place")).find((p) => p !== undefined) ??
    b.candidate({
      id: slugify(name),
      name,
      type: "Place",
      existing: null,
      kind: "city",
      country: state.id,
    });
  b.g.countryOf.set(place.id, state.id);
  for (const capital of spellings) {
    b.add(capital, { candidate: place, method: place.existing ? "name" : "gazetteer", score: 0.95, note: null });
    b.add(capital, {
      candidate: state,
      method: "stand-in",
      score: 0.85,
      note: `capital '${capital}' standing for ${state.name}`,
    });
  }
}

function addStandIn(
  b: GazetteerBuilder,
  standIn: (typeof STAND_INS)[number],
  state: EntityCandidate | undefined,
): void {
  if (standIn.as === "state") {
    if (!state) return;
    for (const form of standIn.forms)
      b.add(form, { candidate: state, method: "stand-in", score: 0.9, note: `'${form}' standing for ${state.name}` });
    return;
  }
  const org =
    b.findExisting(standIn.name, "Organization") ??
    b.candidate({
      id: slugify(standIn.name),
      name: standIn.name,
      type: "Organization",
      existing: null,
      kind: standIn.kind ?? GOVERNMENT_BODY_KIND,
      country: state?.id ?? null,
    });
  if (state) b.g.countryOf.set(org.id, state.id);
  for (const form of standIn.forms)
    b.add(form, { candidate: org, method: org.existing ? "name" : "gazetteer", score: 0.95, note: null });
}

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

function addLeaders(b: GazetteerBuilder, reference: ReferenceTables, stateById: Map<string, EntityCandidate>): void {
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

/** The gazetteer of `knowledge` with `reference`. */
export function buildGazetteer(knowledge: KnowledgeIndex, reference: ReferenceTables): Gazetteer {
  const b = new GazetteerBuilder();
  addKnowledge(b, knowledge);
  addReference(b, reference);
  return b.g;
}

/** The gazetteer of plain knowledge, for a caller that resolves names once (the event importer). */
export function gazetteerFor(knowledge: GraphKnowledge, reference: ReferenceTables): Gazetteer {
  return buildGazetteer(indexKnowledge(knowledge), reference);
}
