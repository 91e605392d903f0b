// Derives (:Article)-[:MENTIONS {count}]->(entity) from the texts: how often each article names
// each entity by its name or one of its aliases.

import type { Article, EntityRecord, Mention } from "../../graph-schema/index.js";

interface Surface {
  text: string;
  entity: string;
  pattern: RegExp;
}

/**
 * Counts mentions with three rules: whole words only ("Iran" not in "Iranian"); short all-caps
 * aliases match case-sensitively ("US" but not "us"), others ignore case ("IRAN-NUKE");
 * longest match first, each character counted once ("Vladimir Putin" is one mention, not two,
 * and "Tehran Dialogue Forum" is not also "Tehran").
 */
export function countMentions(articles: readonly Article[], entities: readonly EntityRecord[]): Mention[] {
  const surfaces = surfaceForms(entities);
  const mentions: Mention[] = [];
  for (const article of articles) {
    const counts = countInText(article.text, surfaces);
    for (const entity of entities) {
      const count = counts.get(entity.id);
      if (count) mentions.push({ article: article.id, entity: entity.id, count });
    }
  }
  return mentions;
}

/** Counts per entity id in one text. */
export function countInText(text: string, surfaces: readonly Surface[]): Map<string, number> {
  const taken = new Uint8Array(text.length);
  const counts = new Map<string, number>();
  for (const surface of surfaces) {
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
      surfaces.push({ text, entity: entity.id, pattern: surfacePattern(text) });
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
