// Titles before or instead of names: "US President Donald Trump", "Kremlin spokesperson Dmitri
// Peskow", "Iran's top diplomat", "the Russian president", "Iranian officials", "the Russian news
// agency Interfax". A named holder gets a role assertion; an unnamed one is resolved by office.

import type { EntityCandidate } from "./candidates.js";
import {
  capitalisedRun,
  countryOf,
  makeMention,
  nameAt,
  newResolution,
  spanOf,
  type SentenceScan,
} from "./mentions.js";
import type { Mention, RoleAssertion } from "./mention-types.js";
import { chooseEntry, localPerson, longestName, toResolution, transliterationOf } from "./name-lookup.js";
import { resolveOffice } from "./office-resolution.js";
import { COLLECTIVE_NOUNS, COUNTERPART, LONGEST_OFFICE_PHRASE, officeByPhrase, type OfficeConcept } from "./roles.js";
import type { Resolution } from "./registry.js";
import { slugify } from "../merge-keys.js";

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our"]);
const TITLE_ADJECTIVES = new Set([
  "senior",
  "deputy",
  "former",
  "acting",
  "then",
  "new",
  "veteran",
  "longtime",
  "chief",
  "vice",
  "assistant",
  "ex",
  "late",
  "outgoing",
  "incoming",
  "newly",
  "appointed",
  "top",
]);
/** Qualifiers that make the title another office than its head word ("deputy foreign minister", "former president"). */
const DEPUTY = new Set(["deputy", "acting", "vice", "assistant"]);
const PAST = new Set(["former", "ex", "late", "then"]);
/** Honorifics before a name that are not part of it ("Ayatollah Ali Khamenei", "Sheikh Tamim"). */
const HONORIFICS = new Set([
  "ayatollah",
  "sheikh",
  "sheik",
  "hojatoleslam",
  "general",
  "gen",
  "admiral",
  "mr",
  "mrs",
  "ms",
  "dr",
]);
const MEDIA_DESCRIPTORS = new Set(["agency", "newspaper", "broadcaster", "outlet", "daily", "channel", "network"]);

interface Polity {
  candidate: EntityCandidate;
  first: number;
  end: number;
  /** Written as a demonym or state name ("Russian", "US"), not as a body ("Kremlin"). */
  national: boolean;
  mention: Mention;
}

function polityAt(scan: SentenceScan, j: number): Polity | null {
  const t = scan.tokens[j];
  if (!t?.word || !t.capital) return null;
  const demonym = scan.gazetteer.demonyms.get(t.norm);
  const named = longestName(scan.gazetteer, scan.tokens, j);
  if (named && (!demonym || named.end > j + 1)) {
    const entry = chooseEntry(named.entries, false);
    if (entry.candidate.type === "Place") return null;
    let end = named.end;
    if (scan.tokens[end]?.norm === "'s") end++;
    const national = scan.gazetteer.nationalKeys.has(
      scan.tokens
        .slice(j, named.end)
        .map((x) => x.norm)
        .join(" "),
    );
    const mention = makeMention(scan, j, named.end, toResolution(entry), { titlePart: true });
    return { candidate: entry.candidate, first: j, end, national, mention };
  }
  if (!demonym) return null;
  const mention = makeMention(
    scan,
    j,
    j + 1,
    toResolution({ candidate: demonym, method: "stand-in", score: 0.8, note: null, form: t.text }),
    { titlePart: true },
  );
  return { candidate: demonym, first: j, end: j + 1, national: true, mention };
}

function officeAt(scan: SentenceScan, k: number): { office: OfficeConcept; end: number } | null {
  for (let n = LONGEST_OFFICE_PHRASE; n >= 1; n--) {
    const words = scan.tokens.slice(k, k + n);
    if (words.length < n || words.some((w) => !w.word && w.norm !== "-")) continue;
    const office = officeByPhrase(
      words
        .map((w) => w.norm)
        .join(" ")
        .replace(/ - /g, "-"),
    );
    if (office) return { office, end: k + n };
  }
  return null;
}

/** The person named at o (after a title): known, of this article, a transliteration, or new. */
function holderAt(scan: SentenceScan, o: number): { end: number; resolution: Resolution } | null {
  const t = scan.tokens[o];
  if (!t?.word || !t.capital) return null;
  const named = longestName(scan.gazetteer, scan.tokens, o);
  if (named) {
    const entry = chooseEntry(named.entries, false, "Person");
    if (entry.candidate.type === "Person") return { end: named.end, resolution: toResolution(entry) };
  }
  const end = capitalisedRun(scan.tokens, o);
  if (end <= o) return null;
  const text = spanOf(scan, o, end).text;
  const words = text.toLowerCase().split(/\s+/);
  const local = localPerson(scan.entities, words.join(" ")) ?? localPerson(scan.entities, words[words.length - 1]!);
  if (local) return { end, resolution: local };
  const translit = transliterationOf(scan.gazetteer, text, "Person");
  if (translit) return { end, resolution: translit };
  return { end, resolution: newResolution({ id: slugify(text), name: text, type: "Person", existing: null }) };
}

export function parseTitle(scan: SentenceScan, i: number): Mention[] {
  const tokens = scan.tokens;
  let j = i;
  if (DETERMINERS.has(tokens[j]?.norm ?? "")) j++;
  const polity = polityAt(scan, j);
  let k = polity ? polity.end : j;
  let rank: RoleAssertion["rank"] = null;
  let rankFirst = -1;
  while (
    TITLE_ADJECTIVES.has(tokens[k]?.norm ?? "") &&
    !(tokens[k]?.norm === "top" && tokens[k + 1]?.norm === "diplomat")
  ) {
    const norm = tokens[k]!.norm;
    // "Vice President" is an office of its own; "vice foreign minister" a deputy.
    if (norm === "vice" && tokens[k + 1]?.norm === "president") break;
    if (DEPUTY.has(norm) && rank === null) [rank, rankFirst] = ["deputy", k];
    if (PAST.has(norm)) rank = "former";
    k++;
  }
  const office = officeAt(scan, k);
  if (!office) return collectiveOrMedia(scan, i, polity, k);
  const out: Mention[] = polity ? [polity.mention] : [];
  let owner = polity?.candidate ?? null;
  let o = office.end;
  if (!owner && ["for", "of"].includes(tokens[o]?.norm ?? "")) {
    const at = DETERMINERS.has(tokens[o + 1]?.norm ?? "") ? o + 2 : o + 1;
    const body = nameAt(scan, at);
    if (body && body.resolution.candidate.type !== "Person" && body.resolution.candidate.type !== "Place") {
      out.push(body);
      owner = body.resolution.candidate;
      o = body.end;
    }
  }
  const roleFirst = polity && !polity.national ? polity.first : rank === "deputy" ? rankFirst : k;
  const roleText = singular(spanOf(scan, roleFirst, office.end).text, office);
  const holders = namedHolders(scan, o);
  if (holders.length > 0) {
    for (const h of holders) {
      const person = h.resolution.candidate;
      const country = owner ?? byId(scan, countryOf(scan, person.id));
      const role = { office: office.office, roleText, polity: country, span: spanOf(scan, i, office.end), rank };
      out.push(makeMention(scan, h.first, h.end, h.resolution, { role, lead: i }));
    }
    return out;
  }
  const unnamed = unnamedTitle(scan, i, o, rank === null ? office.office : null, owner);
  return unnamed ? [...out.filter((m) => !m.titlePart), unnamed] : [];
}

function byId(scan: SentenceScan, id: string | undefined): EntityCandidate | null {
  return id ? (scan.gazetteer.byId.get(id) ?? null) : null;
}

function singular(text: string, office: { office: OfficeConcept }): string {
  const clean = text.replace(/['’]s\b/g, "").trim();
  const one = clean.replace(/s$/, "");
  return one !== clean && office.office.phrases.includes(one.toLowerCase().split(" ").slice(-2).join(" "))
    ? one
    : clean;
}

/** "Foreign Ministers Marco Rubio and Sergei Lavrov": one or more names after the title. */
function namedHolders(scan: SentenceScan, o: number): { first: number; end: number; resolution: Resolution }[] {
  const out: { first: number; end: number; resolution: Resolution }[] = [];
  let at = o;
  while (true) {
    while (HONORIFICS.has(scan.tokens[at]?.norm ?? "") && scan.tokens[at + 1]?.capital) at++;
    const h = holderAt(scan, at);
    if (!h) break;
    out.push({ first: at, end: h.end, resolution: h.resolution });
    // "President Trump and President Putin": the second name has its own title, parsed on its own.
    if (scan.tokens[h.end]?.norm !== "and" || !scan.tokens[h.end + 1]?.capital || titleStartsAt(scan, h.end + 1)) break;
    at = h.end + 1;
  }
  return out;
}

/** A title (with or without a polity before it) begins at `at`. */
function titleStartsAt(scan: SentenceScan, at: number): boolean {
  let k = at;
  const polity = polityAt(scan, k);
  if (polity) k = polity.end;
  while (TITLE_ADJECTIVES.has(scan.tokens[k]?.norm ?? "")) k++;
  return officeAt(scan, k) !== null;
}

/** "Iran's top diplomat", "the Russian president": the office holder, or the body itself. */
function unnamedTitle(
  scan: SentenceScan,
  i: number,
  end: number,
  office: OfficeConcept | null,
  owner: EntityCandidate | null,
): Mention | null {
  if (!owner) return null;
  // A deputy's or former holder's title names nobody the office table knows: it stands for the polity.
  const holding = office ? resolveOffice(scan.gazetteer, office, owner, scan.published) : null;
  const span = spanOf(scan, i, end);
  if (holding) {
    const note = `title '${span.text}' held by ${holding.person.name} (${holding.source === "graph" ? "graph" : "leaders table"}${holding.date ? `, ${holding.date}` : ""})`;
    const resolution: Resolution = { candidate: holding.person, method: "role", score: 0.75, note };
    return makeMention(scan, i, end, resolution, { viaTitle: true });
  }
  const resolution: Resolution = {
    candidate: owner,
    method: "stand-in",
    score: 0.6,
    note: `unnamed ${office?.id ?? "official"} of ${owner.name}`,
  };
  return makeMention(scan, i, end, resolution, { viaTitle: true });
}

/** "Iranian officials", "the US administration", "Trump's administration", "the Russian news agency Interfax". */
function collectiveOrMedia(scan: SentenceScan, i: number, polity: Polity | null, k: number): Mention[] {
  const t = scan.tokens[k];
  if (!polity || !t) return [];
  if (COLLECTIVE_NOUNS.has(t.norm)) {
    let state: EntityCandidate | null = polity.candidate;
    if (state.type === "Person") state = byId(scan, countryOf(scan, state.id));
    if (!state) return [];
    const note = `'${spanOf(scan, i, k + 1).text}' standing for ${state.name}`;
    return [
      makeMention(scan, i, k + 1, { candidate: state, method: "stand-in", score: 0.85, note }, { viaTitle: true }),
    ];
  }
  if (t.norm === COUNTERPART || t.norm === COUNTERPART + "s") {
    const holders = namedHolders(scan, k + 1);
    if (holders.length === 0) {
      const note = `'${spanOf(scan, i, k + 1).text}' standing for ${polity.candidate.name}`;
      return [
        makeMention(
          scan,
          i,
          k + 1,
          { candidate: polity.candidate, method: "stand-in", score: 0.75, note },
          { viaTitle: true },
        ),
      ];
    }
    return [polity.mention, ...holders.map((h) => makeMention(scan, h.first, h.end, h.resolution, { lead: i }))];
  }
  const descriptorEnd = t.norm === "news" ? k + 1 : k;
  if (MEDIA_DESCRIPTORS.has(scan.tokens[descriptorEnd]?.norm ?? "") && polity.national) {
    const o = descriptorEnd + 1;
    const end = capitalisedRun(scan.tokens, o);
    if (end <= o) return [];
    const named = nameAt(scan, o);
    const country = polity.candidate.type === "State" ? polity.candidate.id : null;
    const text = spanOf(scan, o, end).text;
    const resolution =
      named && named.end === end
        ? named.resolution
        : newResolution({
            id: slugify(text),
            name: text,
            type: "Organization",
            existing: null,
            kind: "media",
            country,
          });
    scan.local.media.add(resolution.candidate.id);
    return [polity.mention, makeMention(scan, o, end, resolution)];
  }
  return [];
}
