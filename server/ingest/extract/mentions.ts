// Finds the entity mentions of one sentence, left to right: titles ("Kremlin spokesperson Dmitri
// Peskow", "Iran's top diplomat"), collectives ("Iranian officials"), gazetteer names, demonyms,
// then capitalised names nobody knows yet (new entities, or transliterations of known ones).

import type { EntityCandidate } from "./candidates.js";
import { classifyByWords } from "./classify.js";
import { governmentBodyAt } from "./government-bodies.js";
import { entityOf, type Mention } from "./mention-types.js";
import { localPerson, longestName, transliterationOf } from "./name-lookup.js";
import { NOT_NAMES } from "./not-names.js";
import { parseTitle } from "./titles.js";

import { slugify } from "../merge-keys.js";
import {
  adjectiveResolution,
  makeMention,
  nameAt,
  newResolution,
  organizationAfter,
  spanOf,
  type SentenceScan,
} from "./sentence-scan.js";
import { ARTICLES, COLLECTIVE_NOUNS, HONORIFICS, PERSON_DESCRIPTORS } from "./lexicon.js";
import { contextClass, describedClass } from "./name-context.js";
import { nameEnd } from "./name-extent.js";
import type { Token } from "./text.js";

export function findMentions(scan: SentenceScan): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < scan.tokens.length) {
    const found = mentionsAt({ ...scan, earlier: mentions }, i);
    if (found.length === 0) {
      i++;
      continue;
    }
    mentions.push(...found);
    i = Math.max(...found.map((m) => m.end));
  }
  return possessorsOfTitles(scan.tokens, mentions);
}

/**
 * "Aliyev's foreign policy adviser, Hikmet Hajiyev": the possessor is part of the holder's title,
 * not an actor of its own, and the holder's phrase starts at the possessor.
 */
function possessorsOfTitles(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    const holder = mentions[k + 1];
    if (m.possessive && holder?.lead === m.end + 1 && holder.role) {
      holder.lead = m.first;
      return { ...m, titlePart: true };
    }
    // A possessor nobody recognised ("Milei's economic adviser, ..."): the phrase still starts there.
    if (m.role && m.lead !== undefined && tokens[m.lead - 1]?.norm === "'s" && mentions[k - 1]?.end !== m.lead - 1) {
      let first = m.lead - 1;
      while (first > 0 && tokens[first - 1]!.word && tokens[first - 1]!.capital) first--;
      if (first < m.lead - 1) m.lead = first;
    }
    return m;
  });
}

function mentionsAt(scan: SentenceScan, i: number): Mention[] {
  const token = scan.tokens[i]!;
  if (!token.word) return [];
  const title = parseTitle(scan, i);
  // "the Chinese embassy": the article is no part of the body's name.
  const body = governmentBodyAt(scan, ARTICLES.has(token.norm) ? i + 1 : i);
  const bodyEnd = body[body.length - 1]?.end ?? 0;
  // "China's foreign ministry said", but "China's foreign ministry spokesman, Lin Jian" is a title.
  if (body.length > 0 && title.every((m) => m.end <= bodyEnd)) return body;
  if (title.length > 0) return title;
  const collective = officialsOf(scan, i);
  if (collective) return [collective];
  const named = nameAt(scan, i);
  if (named) return [named];
  const demonym = scan.gazetteer.demonyms.get(token.norm);
  if (demonym && token.capital) {
    const org = organizationAfter(scan, i, demonym);
    if (org) return [org];
    return [makeMention(scan, i, i + 1, adjectiveResolution(demonym, token.text), { modifier: true })];
  }
  const unknown = unknownNameAt(scan, i);
  return unknown ? [unknown] : [];
}

/** "officials from the US", "officials in the US government": the state or body the officials serve. */
function officialsOf(scan: SentenceScan, i: number): Mention | null {
  const t = scan.tokens[i]!;
  if (!COLLECTIVE_NOUNS.has(t.norm) || !["from", "in", "of", "at"].includes(scan.tokens[i + 1]?.norm ?? ""))
    return null;
  const at = scan.tokens[i + 2]?.norm === "the" ? i + 3 : i + 2;
  const named = nameAt(scan, at);
  if (!named || entityOf(named).type === "Person" || entityOf(named).type === "Place") return null;
  return { ...named, first: i, span: spanOf(scan, i, named.end), locative: false, viaTitle: true };
}

/** A capitalised run nobody knows: a person of this article, a transliteration, or a new entity. */
function unknownNameAt(scan: SentenceScan, i: number): Mention | null {
  const tokens = scan.tokens;
  if (!tokens[i]!.capital || scan.titleCase) return null;
  const end = nameEnd(scan, i);
  let first = i;
  // "Brigadier General Ronald Rwivanga": ranks before a name are not part of it.
  while (first < end && (NOT_NAMES.has(tokens[first]!.norm) || HONORIFICS.has(tokens[first]!.norm))) first++;
  // "Both the U.S.": leave the scanner to find the name where it starts.
  if (first >= end || first > i) return null;
  first = afterTitle(scan, first, end);
  const span = spanOf(scan, first, end);
  if (/^[\p{Lu}\s-]{5,}$/u.test(span.text)) return null; // headline capitals ("NUKE TWIST")
  const words = span.text.split(/\s+/);
  const local =
    localPerson(scan.entities, words.join(" ").toLowerCase()) ??
    localPerson(scan.entities, words[words.length - 1]!.toLowerCase());
  if (local) return makeMention(scan, first, end, local);
  // "the M23 rebels ... the M23 pulled out": a name this article already gave an entity.
  const seen = scan.entities.candidate(slugify(span.text));
  if (seen && !seen.existing) return makeMention(scan, first, end, newResolution(seen));
  const byWords = classifyByWords(span.text);
  // "General Teodor Mwansa", "Secretary Ana Ruiz": a rank, honorific or title before the name makes it a person's.
  const title = tokens[first - 1]?.norm ?? "";
  const ranked =
    (HONORIFICS.has(title) || PERSON_DESCRIPTORS.has(title)) && tokens[first - 1]!.capital ? "Person" : null;
  const described = byWords || ranked ? null : describedClass(scan, first, end);
  const tagged =
    byWords?.type ??
    ranked ??
    described?.type ??
    scan.tagger.labelAt(span.start - scan.start, span.end - scan.start) ??
    surnameLabel(scan, end);
  const context = described ?? (tagged ? null : contextClass(scan, first, end));
  const label = tagged ?? context?.type ?? null;
  const translit = transliterationOf(scan.gazetteer, span.text, label);
  if (translit) return makeMention(scan, first, end, translit);
  if (!label) return null;
  const candidate: EntityCandidate = { id: slugify(span.text), name: span.text, type: label, existing: null };
  if (label !== "Person") {
    const kind = byWords?.kind ?? context?.kind ?? (label === "Place" ? "place" : "organization");
    Object.assign(candidate, { kind, country: null });
  }
  return makeMention(scan, first, end, newResolution(candidate));
}

/**
 * "Chief Cabinet Secretary Yoshimasa Hayashi": a capitalised title of two or more words for a person
 * ends at its last such word, and the name starts after it (at least two words left). A single word
 * ("Ousted President Askar Akayev") is left to title parsing.
 */
function afterTitle(scan: SentenceScan, first: number, end: number): number {
  const t = scan.tokens;
  const titleWords: number[] = [];
  for (let k = first; k <= end - 3; k++) if (PERSON_DESCRIPTORS.has(t[k]!.norm)) titleWords.push(k);
  const last = titleWords[titleWords.length - 1];
  if (last === undefined || titleWords.length < 2 || !t[last + 1]!.capital) return first;
  return classifyByWords(spanOf(scan, first, end).text) ? first : last + 1;
}

/**
 * "Andrei Lavrov": a first name before a known person's surname makes a person — another one
 * when the first names differ (the surname alone must not resolve it to the known person).
 */
function surnameLabel(scan: SentenceScan, end: number): "Person" | null {
  const last = longestName(scan.gazetteer, scan.tokens, end - 1);
  return last?.end === end && last.entries.some((e) => e.candidate.type === "Person") ? "Person" : null;
}
