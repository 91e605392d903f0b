// Titles that stand for a polity or name another actor: "Iranian officials", "the US
// administration", "his Iranian counterpart", "the Russian news agency Interfax".

import type { EntityCandidate } from "./candidates.js";
import {
  capitalisedRun,
  countryOf,
  makeMention,
  nameAt,
  newResolution,
  spanOf,
  type SentenceScan,
} from "./sentence-scan.js";
import { entityOf, type Mention, type RoleAssertion } from "./mention-types.js";
import type { Resolution } from "./registry.js";
import { resolveOffice } from "./office-resolution.js";
import { COUNTERPART, type OfficeConcept } from "./roles.js";
import { slugify } from "../merge-keys.js";
import { appositiveHolder, byId, namedHolders, type Polity } from "./title-parts.js";
import { MEDIA_DESCRIPTORS, COLLECTIVE_NOUNS } from "./lexicon.js";

/** "Iranian officials", "the US administration", "Trump's administration", "the Russian news agency Interfax". */
export function collectiveOrMedia(scan: SentenceScan, i: number, polity: Polity | null, k: number): Mention[] {
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
    const direct = namedHolders(scan, k + 1);
    // "his Armenian counterpart, Ararat Mirzoyan, ...": the holder is named in apposition.
    const appositive = direct.length === 0 ? appositiveHolder(scan, k + 1) : null;
    if (appositive) return [polity.mention, appositiveCounterpart(scan, i, k + 1, appositive, polity.candidate)];
    const holders = direct;
    const holder = holders.length === 0 ? counterpartOf(scan, i, k + 1, polity.candidate) : null;
    if (holder) return [holder];
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

/** The counterpart named in apposition, holding the earlier person's office in the polity when it is known. */
function appositiveCounterpart(
  scan: SentenceScan,
  i: number,
  end: number,
  holder: { first: number; end: number; resolution: Resolution },
  polity: EntityCandidate,
): Mention {
  // "his Peruvian counterpart, X": X is of Peru, whatever office the two hold.
  if (polity.type === "State") scan.local.countryOf.set(holder.resolution.candidate.id, polity.id);
  const earlier = officeOfEarlierPerson(scan);
  const role: RoleAssertion | null = earlier
    ? { office: earlier.office, roleText: spanOf(scan, i, end).text, polity, span: spanOf(scan, i, end), rank: null }
    : null;
  return makeMention(scan, holder.first, holder.end, holder.resolution, { lead: i, role });
}

/** The office of the last person named earlier in the sentence (by title, or as the graph records it). */
function officeOfEarlierPerson(scan: SentenceScan): { person: EntityCandidate; office: OfficeConcept } | null {
  const person = [...(scan.earlier ?? [])]
    .reverse()
    .find((m) => entityOf(m).type === "Person" && !m.titlePart && !m.modifier);
  if (!person) return null;
  if (person.role) return { person: entityOf(person), office: person.role.office };
  const id = entityOf(person).id;
  const held = resolveHeldOffice(scan, id);
  return held ? { person: entityOf(person), office: held } : null;
}

function resolveHeldOffice(scan: SentenceScan, personId: string): OfficeConcept | null {
  const holdings = scan.gazetteer.offices.filter((h) => h.person.id === personId);
  const best = holdings.find((h) => h.source === "graph") ?? holdings[0];
  return best?.office ?? null;
}

/**
 * "Lavrov met his Iranian counterpart": whoever holds the earlier person's office in the
 * counterpart's state at publication (Iran's foreign minister).
 */
function counterpartOf(scan: SentenceScan, i: number, end: number, polity: EntityCandidate): Mention | null {
  const earlier = officeOfEarlierPerson(scan);
  if (!earlier) return null;
  const holding = resolveOffice(scan.gazetteer, earlier.office, polity, scan.published);
  if (!holding || holding.person.id === earlier.person.id) return null;
  const span = spanOf(scan, i, end);
  const note = `'${span.text}' of ${earlier.person.name} (${earlier.office.id}) held by ${holding.person.name}`;
  return makeMention(scan, i, end, { candidate: holding.person, method: "role", score: 0.7, note }, { viaTitle: true });
}
