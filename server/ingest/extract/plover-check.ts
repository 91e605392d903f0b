// Generalisation check on the PLOVER gold sentences (run by hand: `npx tsx
// server/ingest/extract/plover-check.ts [plover-json]`): with an empty graph, how often the
// extractor finds a relation between the coded source and target actors, and whether its type
// falls in the PLOVER event's family. Reads the shared data file only when run; nothing is copied.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RelationType } from "../../../graph-schema/index.js";
import { PROJECT_ROOT } from "../../paths.js";
import type { ExtractedEntity } from "../extractor.js";
import { createRuleExtractor } from "./index.js";

interface GoldRecord {
  id: string;
  event?: string;
  text?: string;
  source?: Actor[] | Actor;
  target?: Actor[] | Actor;
}
interface Actor {
  actorText: string;
}

/** Some records hold one actor as an object rather than a list. */
const actors = (a: Actor[] | Actor | undefined): Actor[] =>
  (Array.isArray(a) ? a : a ? [a] : []).filter((x) => typeof x?.actorText === "string");

/** Our types that count as coding each PLOVER event (a loose, family-level correspondence). */
const EVENT_TYPES: Readonly<Record<string, readonly RelationType[]>> = {
  AGREE: ["INTENDS_TO_COOPERATE", "SEEKS_TALKS", "OFFERED_MEDIATION", "COOPERATES_WITH", "NEGOTIATES_WITH"],
  CONSULT: ["DISCUSSED", "MET", "CALLED", "NEGOTIATES_WITH", "BRIEFED"],
  SUPPORT: ["SUPPORTS", "INTENDS_TO_COOPERATE", "COOPERATES_WITH"],
  COOPERATE: ["COOPERATES_WITH", "INTENDS_TO_COOPERATE"],
  AID: ["SUPPLIES", "COOPERATES_WITH", "SUPPORTS"],
  DEMAND: ["URGED", "REQUESTED_SUPPORT"],
  SANCTION: ["SANCTIONS", "SEVERED_RELATIONS"],
  REJECT: ["OPPOSES", "DECLINED_COMMENT"],
  DISAPPROVE: ["OPPOSES"],
  PROTEST: ["OPPOSES"],
  ASSAULT: ["INVADED"],
  FIGHT: ["INVADED"],
  COERCE: ["SANCTIONS", "INVADED"],
  THREATEN: ["OPPOSES", "SANCTIONS", "INVADED"],
};

const file = resolve(PROJECT_ROOT, process.argv[2] ?? join("..", "shared", "data", "plover", "PLOVER_GSR_CAMEO.json"));
const records = (JSON.parse(readFileSync(file, "utf8")) as GoldRecord[]).filter(
  (r) => r.text && actors(r.source).length > 0 && actors(r.target).length > 0,
);
const extractor = createRuleExtractor();
const knowledge = { entities: [], relations: [] };

function idsFor(actorText: string, text: string, entities: readonly ExtractedEntity[]): Set<string> {
  const start = text.indexOf(actorText);
  const end = start + actorText.length;
  return new Set(
    entities.filter((e) => e.mentions.some((m) => start >= 0 && m.start < end && start < m.end)).map((e) => e.id),
  );
}

let withRelation = 0;
let endpoints = 0;
let typed = 0;
for (const r of records) {
  const text = r.text!;
  const out = extractor.extract({ id: r.id, title: "", text, published: null }, knowledge);
  if (out.relations.length > 0) withRelation++;
  const sources = new Set(actors(r.source).flatMap((a) => [...idsFor(a.actorText, text, out.entities)]));
  const targets = new Set(actors(r.target).flatMap((a) => [...idsFor(a.actorText, text, out.entities)]));
  const linking = out.relations.filter(
    (x) => (sources.has(x.source) && targets.has(x.target)) || (sources.has(x.target) && targets.has(x.source)),
  );
  if (linking.length > 0) endpoints++;
  if (linking.some((x) => EVENT_TYPES[r.event ?? ""]?.includes(x.type))) typed++;
}
const pct = (n: number): string => `${((100 * n) / records.length).toFixed(1)}%`;
console.log(`PLOVER gold sentences with source and target: ${records.length}`);
console.log(`  any relation extracted:                 ${withRelation} (${pct(withRelation)})`);
console.log(`  a relation between the coded actors:    ${endpoints} (${pct(endpoints)})`);
console.log(`  ... of a type in the event's family:    ${typed} (${pct(typed)})`);
