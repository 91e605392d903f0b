// Titles before or instead of names: "US President Donald Trump", "Kremlin spokesperson Dmitri
// Peskow", "Iran's top diplomat", "the Russian president". A named holder gets a role assertion;
// an unnamed one is resolved by office (collectives and counterparts: title-collectives.ts).

import type { EntityCandidate } from "./candidates.js";
import { countryOf, makeMention, nameAt, spanOf, type SentenceScan } from "./sentence-scan.js";
import { entityOf, type Mention, type RoleAssertion } from "./mention-types.js";
import { resolveOffice } from "./office-resolution.js";
import { type OfficeConcept } from "./roles.js";
import type { Resolution } from "./registry.js";
import { collectiveOrMedia } from "./title-collectives.js";
import { DEPUTY_QUALIFIERS, DETERMINERS, PAST_QUALIFIERS, TITLE_ADJECTIVES } from "./lexicon.js";
import { appositiveHolder, byId, namedHolders, officeAfterFields, polityAt } from "./title-parts.js";

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
    if (DEPUTY_QUALIFIERS.has(norm) && rank === null) [rank, rankFirst] = ["deputy", k];
    if (PAST_QUALIFIERS.has(norm)) rank = "former";
    k++;
  }
  const office = officeAfterFields(scan, k);
  if (!office) return collectiveOrMedia(scan, i, polity, k);
  const out: Mention[] = polity ? [polity.mention] : [];
  let owner = polity?.candidate ?? null;
  let o = office.end;
  if (!owner && ["for", "of"].includes(tokens[o]?.norm ?? "")) {
    const at = DETERMINERS.has(tokens[o + 1]?.norm ?? "") ? o + 2 : o + 1;
    const body = nameAt(scan, at);
    if (body && entityOf(body).type !== "Person" && entityOf(body).type !== "Place") {
      out.push(body);
      owner = entityOf(body);
      o = body.end;
    }
  }
  const roleFirst = polity && !polity.national ? polity.first : rank === "deputy" ? rankFirst : k;
  const roleText = singular(spanOf(scan, roleFirst, office.end).text, office);
  const direct = namedHolders(scan, o);
  const appositive = direct.length === 0 ? appositiveHolder(scan, o) : null;
  const holders = appositive ? [appositive] : direct;
  if (holders.length > 0) {
    for (const h of holders) {
      const person = entityOf(h);
      // "Aliyev's adviser": the office is of Aliyev's state, not of Aliyev.
      const polityOf = owner?.type === "Person" ? byId(scan, countryOf(scan, owner.id)) : owner;
      const country = polityOf ?? byId(scan, countryOf(scan, person.id));
      const role = { office: office.office, roleText, polity: country, span: spanOf(scan, i, office.end), rank };
      out.push(makeMention(scan, h.first, h.end, h.resolution, { role, lead: i }));
    }
    return out;
  }
  const unnamed = unnamedTitle(scan, i, o, rank === null ? office.office : null, owner);
  return unnamed ? [...out.filter((m) => !m.titlePart), unnamed] : [];
}

function singular(text: string, office: { office: OfficeConcept }): string {
  const clean = text.replace(/['’]s\b/g, "").trim();
  const one = clean.replace(/s$/, "");
  return one !== clean && office.office.phrases.includes(one.toLowerCase().split(" ").slice(-2).join(" "))
    ? one
    : clean;
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
