// Event actors to graph entities. GDELT codes: a country code is its State, the state's government
// (GOV) is the State itself, other roles an organisation of that state ("Military (Russia)", the
// name ICEWS gives the same actor); ICEWS names go through ingestion's name index (aliases,
// reference tables, transliteration). Anything unknown becomes a new entity keeping its code.

import {
  CAMEO_ACTOR_TYPES,
  STATE_ITSELF_ROLES,
  type EntityRecord,
  type ResolutionMethod,
} from "../../graph-schema/index.js";
import type { GraphKnowledge } from "../ingest/extractor.js";
import type { EntityCandidate } from "../ingest/extract/candidates.js";
import { gazetteerFor, type Gazetteer } from "../ingest/extract/gazetteer.js";
import { chooseEntry, transliterationOf } from "../ingest/extract/name-lookup.js";
import { nameKey } from "../ingest/extract/text.js";
import { loadReferenceTables } from "../ingest/reference/tables.js";
import { slugify } from "../ingest/merge-keys.js";
import type { EventActor } from "./event-row.js";
import { CAMEO_COUNTRY_OVERRIDES } from "./cameo-country-codes.js";
import { looksLikeOrganisation } from "./organisation-words.js";

export interface ActorResolution {
  entity: string;
  /** existing: the graph had it before this import; new: created by it. */
  status: "existing" | "new";
  method: ResolutionMethod;
  score: number;
  note: string | null;
  /** The code or name as the dataset wrote it. */
  mention: string;
  /** The id it would have as an entity of its own (what an undo splits it off as). */
  proposed: string;
}

type Resolved = Omit<ActorResolution, "entity" | "mention" | "proposed" | "status"> & { record: EntityRecord };

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
const SECTOR_NAME = /^(.+?)\s*\(([^()]+)\)$/;
const ACTORS = new Set(["Person", "State", "Organization"]);

export class ActorResolver {
  private readonly gazetteer: Gazetteer;
  private readonly statesByCode = new Map<string, EntityCandidate>();
  private readonly cache = new Map<string, ActorResolution>();
  /** Entities as they now stand (the graph's plus those created here). */
  readonly entities: Map<string, EntityRecord>;
  readonly created = new Map<string, EntityRecord>();
  /** Entities of the graph that gained an alias (copies of their records). */
  readonly aliased = new Map<string, EntityRecord>();

  constructor(knowledge: GraphKnowledge) {
    this.entities = new Map(knowledge.entities.map((e) => [e.id, e]));
    this.gazetteer = gazetteerFor(knowledge, loadReferenceTables());
    for (const c of this.gazetteer.byId.values()) if (c.type === "State" && c.iso3) this.statesByCode.set(c.iso3, c);
    for (const o of CAMEO_COUNTRY_OVERRIDES) {
      const c = this.gazetteer.byId.get(o.state);
      if (c) this.statesByCode.set(o.code, c);
    }
    for (const e of knowledge.entities)
      if (e.type === "State") this.statesByCode.set(e.iso3, this.gazetteer.byId.get(e.id) ?? candidateOfRecord(e));
  }

  resolve(actor: EventActor): ActorResolution {
    const mention = actor.code ?? actor.name ?? "";
    const key = `${actor.code ?? ""}\u001f${actor.name ?? ""}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const proposed = slugify(actor.code ? `${actor.code}` : mention) || "unnamed-actor";
    const resolved = actor.code ? this.gdelt(actor) : this.icews(actor);
    const status = this.adopt(resolved.record);
    this.addAlias(resolved.record.id, mention);
    const result: ActorResolution = { ...resolved, entity: resolved.record.id, status, mention, proposed };
    this.cache.set(key, result);
    return result;
  }

  /** Keeps the dataset's code or spelling as an alias; the graph's own records are copied, never changed. */
  private addAlias(id: string, alias: string): void {
    let record = this.entities.get(id)!;
    if (alias === "" || alias === record.name || record.aliases.includes(alias)) return;
    if (!this.created.has(id) && !this.aliased.has(id)) {
      record = { ...record, aliases: [...record.aliases] };
      this.entities.set(id, record);
      this.aliased.set(id, record);
    }
    record.aliases.push(alias);
  }

  /** Registers a record: an entity the graph has, or a new one. */
  private adopt(record: EntityRecord): "existing" | "new" {
    const known = this.entities.get(record.id);
    if (known && !this.created.has(record.id)) return "existing";
    this.entities.set(record.id, record);
    this.created.set(record.id, record);
    return "new";
  }

  private gdelt(actor: EventActor): Resolved {
    const code = actor.code!;
    const state = actor.country ? this.stateByCode(actor.country) : null;
    const roleLabel = actor.role ? (CAMEO_ACTOR_TYPES[actor.role] ?? actor.role) : null;
    if (state && (!actor.role || STATE_ITSELF_ROLES.has(actor.role) || code === actor.country))
      return { ...state, note: `CAMEO country code ${actor.country}${actor.role ? ` with role ${actor.role}` : ""}` };
    if (state && roleLabel)
      return this.organisation(`${roleLabel} (${state.record.name})`, roleLabel.toLowerCase(), state.record.id, {
        method: "role",
        note: `CAMEO role ${actor.role} of ${state.record.name}`,
      });
    const name = actor.name ? titleCase(actor.name) : (roleLabel ?? code);
    const byName = this.byName(name, ["Organization", "State"]);
    if (byName) return byName;
    const group = actor.knownGroup ? CAMEO_ACTOR_TYPES[actor.knownGroup] : undefined;
    const kind = group ? "known group" : (roleLabel?.toLowerCase() ?? "region or group");
    const label = state === null && !actor.knownGroup && roleLabel ? `${roleLabel} (country unknown)` : (group ?? name);
    return this.organisation(label, kind, null, { method: "new", note: `CAMEO actor ${code}` });
  }

  private icews(actor: EventActor): Resolved {
    const name = actor.name!;
    const sector = SECTOR_NAME.exec(name);
    if (sector) {
      const state = this.stateByName(sector[2]!);
      if (state && sector[1] === "Government") return { ...state, note: `ICEWS sector "${name}" is the state itself` };
      const known = this.byName(name, ["Organization"]);
      if (known) return known;
      return this.organisation(name, sector[1]!.toLowerCase(), state?.record.id ?? null, {
        method: "new",
        note: `ICEWS sector of ${sector[2]}`,
      });
    }
    const known = this.byName(name, ["Person", "State", "Organization"]);
    if (known) return known;
    const type = looksLikeOrganisation(name) ? "Organization" : "Person";
    const record: EntityRecord =
      type === "Organization"
        ? { type, id: this.freeId(name), name, aliases: [], description: "", kind: "organization", country: null }
        : { type, id: this.freeId(name), name, aliases: [], description: "" };
    return { record, method: "new", score: 1, note: "ICEWS actor unknown to the graph" };
  }

  private organisation(
    name: string,
    kind: string,
    country: string | null,
    how: { method: ResolutionMethod; note: string },
  ): Resolved {
    const id = slugify(name);
    const known = this.entities.get(id);
    if (known && known.type === "Organization") return { record: known, method: "name", score: 1, note: how.note };
    const record: EntityRecord = {
      type: "Organization",
      id: this.freeId(name),
      name,
      aliases: [],
      description: "",
      kind,
      country,
    };
    return { record, method: how.method, score: 1, note: how.note };
  }

  private freeId(name: string): string {
    const base = slugify(name) || "unnamed-actor";
    let id = base;
    for (let n = 2; this.entities.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private stateByCode(code: string): Resolved | null {
    const c = this.statesByCode.get(code);
    return c ? this.fromCandidate(c, "gazetteer", 1, null) : null;
  }

  private stateByName(name: string): Resolved | null {
    const entries = this.gazetteer.names.get(nameKey(name))?.filter((e) => e.candidate.type === "State");
    return entries?.length ? this.fromCandidate(entries[0]!.candidate, "name", 1, null) : null;
  }

  /** The name as ingestion would resolve it: spellings and aliases, then transliteration (with and without middle names). */
  private byName(name: string, types: readonly string[]): Resolved | null {
    const entries = this.gazetteer.names
      .get(nameKey(name))
      ?.filter((e) => types.includes(e.candidate.type) && e.method !== "stand-in");
    if (entries?.length) {
      const e = chooseEntry(entries, false);
      return this.fromCandidate(e.candidate, e.method, e.score, e.note);
    }
    const words = name.split(/\s+/);
    const variants = words.length > 2 ? [name, `${words[0]} ${words[words.length - 1]}`] : [name];
    for (const variant of variants) {
      const t = transliterationOf(this.gazetteer, variant, types.length === 1 ? (types[0] as "Person") : null);
      if (t && types.includes(t.candidate.type)) return this.fromCandidate(t.candidate, t.method, t.score, t.note);
    }
    return null;
  }

  private fromCandidate(
    c: EntityCandidate,
    method: ResolutionMethod,
    score: number,
    note: string | null,
  ): Resolved | null {
    if (!ACTORS.has(c.type)) return null;
    const record = this.entities.get(c.id) ?? recordOfCandidate(c);
    return record ? { record, method, score, note } : null;
  }
}

function candidateOfRecord(e: EntityRecord & { type: "State" }): EntityCandidate {
  return { id: e.id, name: e.name, type: "State", existing: e, iso3: e.iso3 };
}

/** A reference-table proposal (a state or an official not yet in the graph) as a new record. */
function recordOfCandidate(c: EntityCandidate): EntityRecord | null {
  const base = { id: c.id, name: c.name, aliases: [], description: "" };
  if (c.type === "State" && c.iso3) return { ...base, type: "State", iso3: c.iso3 };
  if (c.type === "Person") return { ...base, type: "Person" };
  if (c.type === "Organization")
    return { ...base, type: "Organization", kind: c.kind ?? "organization", country: c.country ?? null };
  return null;
}
