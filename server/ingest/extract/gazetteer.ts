// The name index built from what the graph knows plus the reference tables: every spelling
// (names, aliases, capitals, demonyms, leaders, stand-ins) keyed by folded words, and the office
// holdings that resolve titles. Built once per knowledge index (kept with it, see rule-extractor.ts).

import type { EntityRecord } from "../../../graph-schema/index.js";
import type { GraphKnowledge } from "../extractor.js";
import { indexKnowledge, type KnowledgeIndex } from "../knowledge-index.js";
import { CAPITAL_CITIES } from "../reference/supplement.js";
import type { ReferenceTables } from "../reference/tables.js";
import { GOVERNMENT_BODY_KIND, type EntityCandidate } from "./candidates.js";
import { affinity, GazetteerBuilder, type Gazetteer } from "./gazetteer-builder.js";
import { addLeaders } from "./gazetteer-officials.js";
import { officeOfRoleText } from "./roles.js";
import { BLOC_ADJECTIVES, MEDIA_OUTLETS, STAND_INS } from "./stand-ins.js";
import { nameKey } from "./text.js";
import { slugify } from "../merge-keys.js";

export type { Gazetteer } from "./gazetteer-builder.js";

function candidateOf(e: EntityRecord): EntityCandidate {
  const base = { id: e.id, name: e.name, type: e.type, existing: e };
  if (e.type === "State") return { ...base, iso3: e.iso3 };
  if (e.type === "Organization" || e.type === "Place") return { ...base, kind: e.kind, country: e.country };
  return base;
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
    for (const d of s.demonyms) {
      const taken = b.g.demonyms.get(nameKey(d));
      if (!taken || affinity(d, taken) < affinity(d, state)) b.g.demonyms.set(nameKey(d), state);
    }
    const cities = CAPITAL_CITIES[s.iso3] ?? (s.capitals.length > 0 ? [s.capitals] : []);
    for (const spellings of cities) addCapital(b, spellings, state);
  }
  addShortNames(b, reference, stateByIso);
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

/**
 * "Democratic Republic of the Congo" then "Congo": a state's name after "of" that names another state
 * stands for the longer one in an article that named it (see `longestName`).
 */
function addShortNames(
  b: GazetteerBuilder,
  reference: ReferenceTables,
  stateByIso: ReadonlyMap<string, EntityCandidate>,
): void {
  for (const s of reference.states) {
    const state = stateByIso.get(s.iso3)!;
    for (const name of [s.name, ...s.names]) {
      const tail = /\bof\s+(?:the\s+)?(.+)$/i.exec(name)?.[1];
      const other =
        tail && b.g.names.get(nameKey(tail))?.some((e) => e.candidate.type === "State" && e.candidate !== state);
      if (other)
        b.add(tail, {
          candidate: state,
          method: "gazetteer",
          score: 0.9,
          note: `short for ${state.name}`,
          shortFor: true,
        });
    }
  }
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
