// Which articles repeat an earlier one (the same facts in other words), and how many independent
// sources each relation has once repeats are counted once. A rewrite shares few word sequences
// with its original but most of its facts and content words, so both are compared.

import {
  relationTypeDef,
  sourceIndependence,
  type Article,
  type ArticleDerivation,
  type Relation,
} from "../../graph-schema/index.js";

/** Score at or above which a later article is taken to repeat an earlier one. */
export const DERIVATION_THRESHOLD = 0.4;
/** Fewer shared facts, or a smaller share of them, is too little to call an article a repeat. */
const MIN_SHARED_FACTS = 3;
const MIN_FACT_SHARE = 0.3;
const FACT_WEIGHT = 0.6;

const STOP_WORDS = new Set(
  (
    "the a an of to and in on for with that is was by as at from it its has have be this are or which were their " +
    "his her he she they said says will would not but also had been more than about into over after who what when " +
    "could may might can our we you your them there these those other such only one two new"
  ).split(" "),
);

/** The article's sort key: earliest possible publication, then id. */
function chronology(article: Article): string {
  return `${article.published ?? article.publishedRange?.from ?? "9999"}\u0000${article.id}`;
}

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
}

/**
 * Each article's facts: who did which kind of thing to whom, ignoring wording and dates.
 * Structural facts (offices, membership, geography) are background every article on a
 * storyline shares, so they are left out.
 */
export function factsByArticle(relations: readonly Relation[]): Map<string, Set<string>> {
  const facts = new Map<string, Set<string>>();
  for (const r of relations) {
    if (relationTypeDef(r.type).family === "structural") continue;
    const [a, b] =
      relationTypeDef(r.type).directed || r.source <= r.target ? [r.source, r.target] : [r.target, r.source];
    const fact = `${a}|${r.type}|${b}`;
    for (const article of r.sources) {
      let set = facts.get(article);
      if (!set) facts.set(article, (set = new Set()));
      set.add(fact);
    }
  }
  return facts;
}

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared += 1;
  return shared;
}

/**
 * For each article that repeats an earlier one, the earlier article it repeats most. Only
 * articles sharing a fact are compared, so the cost follows the facts, not the square of
 * the article count.
 */
export function detectDerivations(
  articles: readonly Article[],
  relations: readonly Relation[],
): Map<string, ArticleDerivation> {
  const facts = factsByArticle(relations);
  const ordered = [...articles].sort((a, b) => chronology(a).localeCompare(chronology(b)));
  const rank = new Map(ordered.map((a, i) => [a.id, i]));
  const byFact = new Map<string, string[]>();
  for (const [article, set] of facts) for (const f of set) byFact.set(f, [...(byFact.get(f) ?? []), article]);
  const words = new Map<string, Set<string>>();
  const wordsOf = (a: Article): Set<string> => {
    let set = words.get(a.id);
    if (!set) words.set(a.id, (set = contentWords(a.text)));
    return set;
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const result = new Map<string, ArticleDerivation>();
  for (const later of ordered) {
    const own = facts.get(later.id);
    if (!own || own.size < MIN_SHARED_FACTS) continue;
    const earlier = new Set<string>();
    for (const f of own)
      for (const other of byFact.get(f) ?? [])
        if ((rank.get(other) ?? Infinity) < rank.get(later.id)!) earlier.add(other);
    let best: ArticleDerivation | null = null;
    for (const id of earlier) {
      const theirs = facts.get(id)!;
      const shared = overlap(own, theirs);
      if (shared < MIN_SHARED_FACTS) continue;
      const original = byId.get(id)!;
      const factShare = shared / Math.min(own.size, theirs.size);
      if (factShare < MIN_FACT_SHARE) continue;
      const [mine, other] = [wordsOf(later), wordsOf(original)];
      const common = overlap(mine, other);
      // Jaccard, not containment: a short piece is not a copy of a long one for using its words.
      // A rewrite measured here shares about a quarter of the two texts' distinct content words.
      const wordShare = common / Math.max(1, mine.size + other.size - common);
      const similarity = FACT_WEIGHT * factShare + (1 - FACT_WEIGHT) * Math.min(1, 2 * wordShare);
      if (similarity >= DERIVATION_THRESHOLD && (!best || similarity > best.similarity))
        best = {
          article: id,
          similarity: Math.round(similarity * 1000) / 1000,
          basis:
            `shares ${shared} of its ${own.size} facts (${Math.round(factShare * 100)}%) and ` +
            `${Math.round(wordShare * 100)}% of the two texts' content words (Jaccard) with the earlier article`,
        };
    }
    if (best) result.set(later.id, best);
  }
  return result;
}

/** Sources of a relation minus those that repeat (directly or through a chain) another of its sources. */
export function independentSourceCount(
  sources: readonly string[],
  derivations: ReadonlyMap<string, ArticleDerivation>,
): number {
  return sourceIndependence(sources, (id) => derivations.get(id)?.article ?? null).independent;
}

/** The articles with their derivations set, and the relations with their independent-source counts. */
export function applyDerivations(
  articles: readonly Article[],
  relations: readonly Relation[],
): { articles: Article[]; relations: Relation[] } {
  const derivations = detectDerivations(articles, relations);
  return {
    articles: articles.map((a) => ({ ...a, derivedFrom: derivations.get(a.id) ?? null })),
    relations: relations.map((r) => ({ ...r, independentSources: independentSourceCount(r.sources, derivations) })),
  };
}
