// Reads a folder of hand-annotated articles (<slug>.txt|.md, <slug>.meta.json, <slug>.gold.json) and checks
// each annotation against its article's text, the curated entities and the graph schema's vocabulary.

import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import {
  EntityType,
  PartialDate,
  RelationTypeName,
  Slug,
  relationTypeDef,
  type EntityRecord,
  type Relation,
} from "../../../graph-schema/index.js";
import { toRelation } from "../../dataset/to-relation.js";
import { readArticleFile } from "../article-files.js";
import { slugify } from "../merge-keys.js";
import type { GoldEntity } from "./entity-alignment.js";

const Ends = { type: RelationTypeName, source: z.string().min(1), target: z.string().min(1) };

export const GoldFile = z
  .object({
    entities: z.array(
      z
        .object({
          name: z.string().min(1),
          type: EntityType,
          graphId: Slug.optional(),
          aliases: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
    relations: z.array(z.object({ ...Ends, date: PartialDate.optional(), sentence: z.string().min(1) }).strict()),
    disputed: z.array(z.object({ claim: z.object(Ends).strict(), cue: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFile>;

export interface GoldArticle {
  id: string;
  title: string;
  published: string | null;
  /** The text the extractor reads (Markdown removed); evidence offsets point into it. */
  text: string;
  entities: GoldEntity[];
  /** Gold entities the curated graph does not know: the extractor must propose them, so they match by name. */
  newEntities: ReadonlySet<string>;
  relations: Relation[];
  /** Claims the article reports as denied or unconfirmed, in relation form (evidence: the cue sentence). */
  disputed: Relation[];
}

export class GoldFileError extends Error {
  override name = "GoldFileError";
}

const ARTICLE_EXTENSIONS = [".txt", ".md"] as const;

/** A gold entity's id: its curated id, or a prefixed slug that no extracted id can equal by accident. */
const goldId = (e: GoldFile["entities"][number]): string => e.graphId ?? `gold-${slugify(e.name)}`;

/** Checks one gold file against its text and the curated entities; returns the problems found, in words. */
export function goldProblems(gold: GoldFile, text: string, known: ReadonlyMap<string, EntityRecord>): string[] {
  const problems: string[] = [];
  const byName = new Map<string, GoldFile["entities"][number]>();
  for (const e of gold.entities) {
    if (byName.has(e.name)) problems.push(`entity "${e.name}" is declared twice`);
    byName.set(e.name, e);
    if (e.graphId) byName.set(e.graphId, e);
    const curated = e.graphId ? known.get(e.graphId) : undefined;
    if (e.graphId && !curated) problems.push(`entity "${e.name}": no curated entity "${e.graphId}"`);
    if (curated && curated.type !== e.type)
      problems.push(`entity "${e.name}": type ${e.type}, but curated "${e.graphId}" is a ${curated.type}`);
  }
  const checkEnds = (what: string, r: z.infer<z.ZodObject<typeof Ends>>): void => {
    const def = relationTypeDef(r.type);
    const [source, target] = [byName.get(r.source), byName.get(r.target)];
    if (!source) problems.push(`${what}: source "${r.source}" is not a declared entity`);
    if (!target) problems.push(`${what}: target "${r.target}" is not a declared entity`);
    if (source && !def.from.includes(source.type)) problems.push(`${what}: ${r.type} cannot start at a ${source.type}`);
    if (target && !def.to.includes(target.type)) problems.push(`${what}: ${r.type} cannot end at a ${target.type}`);
  };
  const checkSentence = (what: string, sentence: string): void => {
    if (!text.includes(sentence)) problems.push(`${what}: sentence not in the text: "${sentence}"`);
  };
  gold.relations.forEach((r, i) => {
    const what = `relation ${i + 1} ${r.type}(${r.source} → ${r.target})`;
    checkEnds(what, r);
    checkSentence(what, r.sentence);
  });
  gold.disputed.forEach((d, i) => {
    const what = `disputed claim ${i + 1} ${d.claim.type}(${d.claim.source} → ${d.claim.target})`;
    checkEnds(what, d.claim);
    checkSentence(what, d.cue);
  });
  return problems;
}

function toGoldRelation(
  article: string,
  text: string,
  idOf: (name: string) => string,
  r: { type: Relation["type"]; source: string; target: string; date?: string; sentence: string },
): Relation {
  const start = text.indexOf(r.sentence);
  return toRelation({
    type: r.type,
    source: idOf(r.source),
    target: idOf(r.target),
    date: r.date ?? null,
    dateBasis: r.date ? "stated" : "unknown",
    dateNote: null,
    place: null,
    topic: null,
    role: null,
    confidence: 1,
    evidence: [{ article, sentence: r.sentence, start, end: start + r.sentence.length }],
    disputes: [],
  });
}

/** Reads one annotated article; throws GoldFileError naming the file and every problem in it. */
export async function readGoldArticle(
  dir: string,
  id: string,
  known: ReadonlyMap<string, EntityRecord>,
): Promise<GoldArticle> {
  const goldPath = join(dir, `${id}.gold.json`);
  const articlePath = ARTICLE_EXTENSIONS.map((ext) => join(dir, `${id}${ext}`)).find((p) => existsSync(p));
  if (!articlePath) throw new GoldFileError(`${goldPath}: no article ${id}.txt or ${id}.md beside it`);
  const { meta, text } = await readArticleFile(articlePath);
  let gold: GoldFile;
  try {
    gold = GoldFile.parse(JSON.parse(await readFile(goldPath, "utf8")));
  } catch (error) {
    const detail = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) : [];
    throw new GoldFileError(`${goldPath}: ${detail.join("; ") || (error as Error).message}`);
  }
  const problems = goldProblems(gold, text, known);
  if (problems.length > 0) throw new GoldFileError(`${goldPath}:\n  ${problems.join("\n  ")}`);

  // Relation ends name an entity by its gold name or by its curated id.
  const ids = new Map<string, string>();
  for (const e of gold.entities) {
    ids.set(e.name, goldId(e));
    if (e.graphId) ids.set(e.graphId, e.graphId);
  }
  const idOf = (name: string): string => ids.get(name)!;
  const entities = gold.entities.map((e): GoldEntity => {
    const curated = e.graphId ? known.get(e.graphId) : undefined;
    return curated ?? { id: goldId(e), name: e.name, aliases: e.aliases, type: e.type };
  });
  return {
    id,
    title: meta.title,
    published: meta.published,
    text,
    entities,
    newEntities: new Set(gold.entities.filter((e) => !e.graphId).map(goldId)),
    relations: gold.relations.map((r) => toGoldRelation(id, text, idOf, r)),
    disputed: gold.disputed.map((d) => toGoldRelation(id, text, idOf, { ...d.claim, sentence: d.cue })),
  };
}

/** Every `<slug>.gold.json` in `dir`, sorted by slug. */
export async function readGoldFolder(dir: string, known: readonly EntityRecord[]): Promise<GoldArticle[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".gold.json")).sort();
  if (files.length === 0) throw new GoldFileError(`${dir}: no *.gold.json files`);
  const byId = new Map(known.map((e) => [e.id, e]));
  return Promise.all(files.map((f) => readGoldArticle(dir, f.slice(0, -".gold.json".length), byId)));
}
