// A seeded synthetic Dataset for benchmarks: entities over the four labels with aliases, relations
// over the whole vocabulary with a skewed degree distribution (preferential attachment within each
// label), each backed by one sentence of one synthetic article that really holds it.

import {
  ENTITY_TYPES,
  RELATION_TYPE_DEFS,
  type Article,
  type DisputeRecord,
  type EntityType,
  type EntityRecord,
  type ArticleMention,
  type Relation,
  type RelationRecord,
  type RelationType,
} from "../graph-schema/index.js";
import type { Dataset } from "../server/dataset/dataset.js";
import { toRelation } from "../server/dataset/to-relation.js";

export interface SyntheticOptions {
  entities: number;
  relations: number;
  /** Source articles (default: one per 20 relations). */
  articles?: number;
  seed?: number;
}

export { seededRandom as random } from "../graph-schema/seeded-random.js";
import { seededRandom as random } from "../graph-schema/seeded-random.js";

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const words = (...lines: string[]): string[] => lines.join(" ").split(" ");
const phrases = (...lines: string[]): string[] => lines.join(", ").split(", ");

const FIRST = words(
  "Anna Boris Chen Dmitri Elena Farid Grace Hassan Ines Jonas",
  "Karim Lena Mariam Nikolai Olga Pavel Rania Sergei Tariq Yusuf",
);
const LAST = words(
  "Abbasi Berg Costa Dubois Ekström Fischer García Haddad Ivanov Jansen",
  "Khan Larsen Moreau Novak Orlov Petrov Rossi Sato Tanaka Weber",
);
const SYLLABLES = words("ar bel cor dan el for gal has ist jor kal lun mor nar os pel ran sol tav ur vel zan");
const ORG_KINDS = phrases("government body, media, intergovernmental, armed group, forum, company");
const PLACE_KINDS = phrases("city, region, building");
const OUTLETS = phrases("The Daily Ledger, Global Wire, Evening Courier, Reuters-like Service, Press Agency");
const TOPICS = phrases(
  "energy, sanctions, ceasefire, nuclear programme, trade, drones",
  "elections, migration, grain exports, prisoner exchange",
);
const ROLES = phrases("foreign minister, spokesperson, defence minister, ambassador, adviser, chairman");
const LABEL_SHARE: Record<EntityType, number> = { Person: 0.5, Organization: 0.3, Place: 0.15, State: 0.05 };
/** Relative frequency of each relation type: statements and meetings are common, invasions rare. */
const TYPE_WEIGHT = new Map(
  words(
    "STATED:10 REPORTED:8 MET:8 CALLED:6 DISCUSSED:6 SUPPORTS:6 OPPOSES:5 NEGOTIATES_WITH:4",
    "COOPERATES_WITH:4 URGED:4 HOLDS_ROLE:4 PART_OF:3 LOCATED_IN:3 SANCTIONS:2 SUPPLIES:2 LEADS:1 INVADED:1",
  ).map((w) => [w.split(":")[0], Number(w.split(":")[1])]),
);

function word(rng: Rng, syllables: number): string {
  const w = Array.from({ length: syllables }, () => pick(rng, SYLLABLES)).join("");
  return w[0]!.toUpperCase() + w.slice(1);
}

function entity(rng: Rng, label: EntityType, n: number): EntityRecord {
  const id = `${label.toLowerCase()}-${n.toString(36)}`;
  if (label === "Person") {
    const [first, last] = [pick(rng, FIRST), pick(rng, LAST)];
    const name = `${first} ${last} ${n.toString(36).toUpperCase()}`;
    return {
      type: label,
      id,
      name,
      aliases: rng() < 0.6 ? [`${first[0]}. ${last}`, last] : [],
      description: `person ${n}`,
    };
  }
  if (label === "State") {
    const name = `Republic of ${word(rng, 3)}`;
    const iso3 = [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676) % 26]
      .map((c) => String.fromCharCode(65 + c))
      .join("");
    return { type: label, id, name, aliases: [word(rng, 2) + " City"], description: "a state", iso3 };
  }
  const name = `${word(rng, 2)} ${label === "Place" ? "Province" : "Council"} ${n.toString(36)}`;
  const kind = pick(rng, label === "Place" ? PLACE_KINDS : ORG_KINDS);
  const aliases =
    label === "Organization" && rng() < 0.5
      ? [
          name
            .split(" ")
            .map((w) => w[0])
            .join(""),
        ]
      : [];
  return { type: label, id, name, aliases, description: `${kind} ${n}`, kind, country: null };
}

/** Entities per label, in label order. */
function makeEntities(rng: Rng, total: number): Map<EntityType, EntityRecord[]> {
  const byLabel = new Map<EntityType, EntityRecord[]>();
  let made = 0;
  for (const [i, label] of ENTITY_TYPES.entries()) {
    const last = i === ENTITY_TYPES.length - 1;
    let count = last ? total - made : Math.max(1, Math.round(total * LABEL_SHARE[label]));
    if (label === "State") count = Math.min(count, 26 ** 3);
    byLabel.set(
      label,
      Array.from({ length: count }, (_, n) => entity(rng, label, n)),
    );
    made += count;
  }
  return byLabel;
}

/** Endpoint sampler: half the time an end already used (degree-proportional), else any entity. */
class Attachment {
  private readonly urns = new Map<EntityType, number[]>();

  constructor(
    private readonly rng: Rng,
    private readonly byLabel: Map<EntityType, EntityRecord[]>,
  ) {}

  pick(labels: readonly EntityType[]): EntityRecord {
    const sizes = labels.map((l) => this.byLabel.get(l)?.length ?? 0);
    let r = this.rng() * sizes.reduce((a, b) => a + b, 0);
    let i = 0;
    while (r >= sizes[i]! && i < labels.length - 1) r -= sizes[i++]!;
    const label = labels[i]!;
    const pool = this.byLabel.get(label)!;
    const urn = this.urns.get(label) ?? [];
    this.urns.set(label, urn);
    const index =
      urn.length > 0 && this.rng() < 0.5
        ? urn[Math.floor(this.rng() * urn.length)]!
        : Math.floor(this.rng() * pool.length);
    urn.push(index);
    return pool[index]!;
  }
}

function isoDay(rng: Rng): string {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng() * 731) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

interface Draft {
  record: Omit<RelationRecord, "evidence">;
  sentence: string;
  article: number;
}

function typeTable(): RelationType[] {
  return RELATION_TYPE_DEFS.flatMap((d) => Array<RelationType>(TYPE_WEIGHT.get(d.type) ?? 1).fill(d.type));
}

function draftRelation(
  rng: Rng,
  ends: Attachment,
  types: RelationType[],
  places: EntityRecord[],
  articles: number,
): Draft {
  const type = pick(rng, types);
  const def = RELATION_TYPE_DEFS.find((d) => d.type === type)!;
  const [source, target] = [ends.pick(def.from), ends.pick(def.to)];
  const roll = rng();
  const date = roll < 0.03 ? null : roll < 0.13 ? isoDay(rng).slice(0, 7) : isoDay(rng);
  const dateBasis: RelationRecord["dateBasis"] =
    date === null
      ? "unknown"
      : date.length === 7
        ? "inferred"
        : pick(rng, ["stated", "publication", "relative"] as const);
  const record = {
    type,
    source: source.id,
    target: target.id,
    date,
    dateBasis,
    dateNote: dateBasis === "inferred" ? "month named in the text" : null,
    place: rng() < 0.25 && places.length > 0 ? pick(rng, places).id : null,
    topic: rng() < 0.7 ? pick(rng, TOPICS) : null,
    role: type === "HOLDS_ROLE" ? pick(rng, ROLES) : null,
    confidence: Math.round(50 + rng() * 50) / 100,
    disputes: [] as string[],
  };
  const verb = type.toLowerCase().replace(/_/g, " ");
  return {
    record,
    sentence: `${source.name} ${verb} ${target.name} on ${date ?? "an unknown day"}.`,
    article: Math.floor(rng() * articles),
  };
}

/** Relations (distinct ids), skipping self-loops and repeats of the same fact. */
function makeDrafts(rng: Rng, byLabel: Map<EntityType, EntityRecord[]>, count: number, articles: number): Draft[] {
  const ends = new Attachment(rng, byLabel);
  const types = typeTable();
  const places = byLabel.get("Place") ?? [];
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (let tries = 0; drafts.length < count && tries < count * 3; tries++) {
    const d = draftRelation(rng, ends, types, places, articles);
    const r = d.record;
    const mutual = !RELATION_TYPE_DEFS.find((t) => t.type === r.type)!.directed && r.target < r.source;
    const key = [r.type, mutual ? r.target : r.source, mutual ? r.source : r.target, r.date, r.place].join("|");
    if (r.source === r.target || seen.has(key)) continue;
    seen.add(key);
    drafts.push(d);
  }
  return drafts;
}

/** Articles whose text is their relations' sentences; evidence offsets point into it. */
function writeArticles(rng: Rng, drafts: Draft[], count: number): { articles: Article[]; relations: Relation[] } {
  const texts: string[][] = Array.from({ length: count }, () => []);
  const lengths = new Array<number>(count).fill(0);
  const relations: Relation[] = [];
  for (const d of drafts) {
    const start = lengths[d.article]! + (texts[d.article]!.length > 0 ? 1 : 0);
    texts[d.article]!.push(d.sentence);
    lengths[d.article] = start + d.sentence.length;
    const article = `art-${d.article}`;
    const evidence = [{ article, sentence: d.sentence, start, end: start + d.sentence.length }];
    relations.push(toRelation({ ...d.record, evidence } as RelationRecord));
  }
  const articles = texts.map((sentences, n): Article => ({
    id: `art-${n}`,
    file: `art-${n}.txt`,
    derivedFrom: null,
    title: `${pick(rng, TOPICS)} talks, report ${n}`,
    outlet: pick(rng, OUTLETS),
    published: isoDay(rng),
    publishedRange: null,
    url: `https://news.example/${n}`,
    language: "en",
    note: "",
    text: sentences.join(" "),
  }));
  return { articles, relations };
}

function makeMentions(relations: Relation[]): ArticleMention[] {
  const counts = new Map<string, ArticleMention>();
  for (const r of relations) {
    for (const entity of [r.source, r.target]) {
      const article = r.evidence[0]!.article;
      const key = `${article} ${entity}`;
      const m = counts.get(key);
      if (m) m.count += 1;
      else counts.set(key, { article, entity, count: 1 });
    }
  }
  return [...counts.values()];
}

/** Marks one relation in a thousand as disputed, two claims per dispute. */
function makeDisputes(rng: Rng, relations: Relation[]): DisputeRecord[] {
  const disputes: DisputeRecord[] = [];
  for (let i = 0; i + 1 < relations.length; i += 1000) {
    const [a, b] = [relations[i]!, relations[i + 1]!];
    const id = `dispute-${disputes.length}`;
    a.disputes = [id];
    a.disputed = true;
    disputes.push({
      id,
      question: `Did it happen as ${pick(rng, OUTLETS)} says?`,
      claims: [
        { position: "it happened", evidence: a.evidence },
        { position: "it did not", evidence: b.evidence },
      ],
    });
  }
  return disputes;
}

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const rng = random(options.seed ?? 42);
  const byLabel = makeEntities(rng, options.entities);
  const articleCount = Math.max(1, options.articles ?? Math.ceil(options.relations / 20));
  const drafts = makeDrafts(rng, byLabel, options.relations, articleCount);
  const { articles, relations } = writeArticles(rng, drafts, articleCount);
  const disputes = makeDisputes(rng, relations);
  return { articles, entities: [...byLabel.values()].flat(), relations, disputes, mentions: makeMentions(relations) };
}
