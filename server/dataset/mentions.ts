// Derives (:Article)-[:MENTIONS {count}]->(entity) from the texts: how often each article names
// each entity by its name or one of its aliases.

import type { Article, EntityRecord, ArticleMention } from "../../graph-schema/index.js";

interface Surface {
  text: string;
  entity: string;
  pattern: RegExp;
  /** Lower case, whitespace runs as one space: a cheap test before the pattern runs. */
  folded: string;
}

/**
 * Counts mentions with three rules: whole words only ("Iran" not in "Iranian"); short all-caps
 * aliases match case-sensitively ("US" but not "us"), others ignore case ("IRAN-NUKE");
 * longest match first, each character counted once ("Vladimir Putin" is one mention, not two,
 * and "Tehran Dialogue Forum" is not also "Tehran").
 */
export function countMentions(articles: readonly Article[], entities: readonly EntityRecord[]): ArticleMention[] {
  const surfaces = surfaceForms(entities);
  return articles.flatMap((article) => inEntityOrder(article.id, countInText(article.text, surfaces), entities));
}

function inEntityOrder(article: string, counts: ReadonlyMap<string, number>, entities: readonly EntityRecord[]) {
  const mentions: ArticleMention[] = [];
  for (const entity of entities) {
    const count = counts.get(entity.id);
    if (count) mentions.push({ article, entity: entity.id, count });
  }
  return mentions;
}

const surfaceKey = (s: Surface): string => `${s.entity}\u0000${s.text}`;
const folded = (text: string): string => text.toLowerCase().replace(/\s+/g, " ");

/**
 * The same result as countMentions, reusing an earlier count for every article whose text is
 * unchanged and contains none of the names or aliases added since: only a surface that occurs
 * in a text can change that text's counts. Ingestion adds a few surfaces to a large graph.
 */
export function updateMentions(
  previous: { articles: readonly Article[]; entities: readonly EntityRecord[]; mentions: readonly ArticleMention[] },
  articles: readonly Article[],
  entities: readonly EntityRecord[],
): ArticleMention[] {
  const before = new Set(surfaceForms(previous.entities).map(surfaceKey));
  const surfaces = surfaceForms(entities);
  const added = surfaces.filter((s) => !before.has(surfaceKey(s))).map((s) => folded(s.text));
  if (surfaces.length - added.length !== before.size) return countMentions(articles, entities);
  const oldTexts = new Map(previous.articles.map((a) => [a.id, a.text]));
  const oldCounts = new Map<string, Map<string, number>>();
  for (const m of previous.mentions) {
    let counts = oldCounts.get(m.article);
    if (!counts) oldCounts.set(m.article, (counts = new Map()));
    counts.set(m.entity, m.count);
  }
  return articles.flatMap((article) => {
    const unchanged = oldTexts.get(article.id) === article.text;
    const text = unchanged && added.length > 0 ? folded(article.text) : "";
    const reusable = unchanged && !added.some((s) => text.includes(s));
    const counts = reusable ? (oldCounts.get(article.id) ?? new Map()) : countInText(article.text, surfaces);
    return inEntityOrder(article.id, counts, entities);
  });
}

/** Counts per entity id in one text. */
export function countInText(text: string, surfaces: readonly Surface[]): Map<string, number> {
  const taken = new Uint8Array(text.length);
  const counts = new Map<string, number>();
  const plain = folded(text);
  for (const surface of surfaces) {
    // Most names are absent from most texts; a substring test rules them out far faster than the pattern.
    if (!plain.includes(surface.folded)) continue;
    surface.pattern.lastIndex = 0;
    for (const match of text.matchAll(surface.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((t) => t === 1)) continue;
      taken.fill(1, start, end);
      counts.set(surface.entity, (counts.get(surface.entity) ?? 0) + 1);
    }
  }
  return counts;
}

/** Every name and alias with its pattern, longest first (ties: alphabetical, for stable results). */
export function surfaceForms(entities: readonly EntityRecord[]): Surface[] {
  const seen = new Set<string>();
  const surfaces: Surface[] = [];
  for (const entity of entities) {
    for (const text of [entity.name, ...entity.aliases]) {
      const key = `${entity.id}\u0000${text}`;
      if (seen.has(key) || text.trim() === "") continue;
      seen.add(key);
      surfaces.push({ text, entity: entity.id, pattern: surfacePattern(text), folded: folded(text.trim()) });
    }
  }
  return surfaces.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/** An acronym such as US, U.S., UN or NATO: matched case-sensitively so "us" is not the US. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 5 && /^[\p{Lu}\p{N}.&\s-]+$/u.test(text);
}

function surfacePattern(text: string): RegExp {
  const escaped = text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    // Any run of spaces in the alias matches any run of whitespace in the text.
    .replace(/\s+/g, "\\s+");
  // Word boundaries by hand: \b is ASCII-only and fails after a trailing "." as in "U.S.".
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, isAcronym(text) ? "gu" : "giu");
}
