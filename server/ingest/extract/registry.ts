// The entities of one article as they are found: each resolved candidate once, with its best
// resolution, every mention span and the spellings the graph does not know yet.

import type { ResolutionMethod, TextSpan } from "../../../graph-schema/index.js";
import type { ExtractedEntity } from "../extractor.js";
import type { EntityCandidate } from "./candidates.js";
import { fold, nameKey } from "./text.js";

export interface Resolution {
  candidate: EntityCandidate;
  method: ResolutionMethod;
  score: number;
  note: string | null;
}

const METHOD_RANK: Readonly<Record<ResolutionMethod, number>> = {
  name: 6,
  alias: 5,
  transliteration: 4,
  gazetteer: 3,
  "stand-in": 2,
  role: 1,
  new: 0,
};

const fromTables = (m: ResolutionMethod): boolean => m === "gazetteer" || m === "stand-in";

export class ArticleEntities {
  private readonly entities = new Map<string, ExtractedEntity>();
  private readonly candidates = new Map<string, EntityCandidate>();
  /** Surnames and full names of people first seen in this article, for later short mentions. */
  private readonly localNames = new Map<string, EntityCandidate>();

  /** `isSpelling` false: the span is a title, demonym or stand-in, not a way of writing the name. */
  add(resolution: Resolution, span: TextSpan, isSpelling = true): void {
    const { candidate } = resolution;
    this.candidates.set(candidate.id, candidate);
    let entity = this.entities.get(candidate.id);
    if (!entity) {
      entity = {
        id: candidate.id,
        status: candidate.existing ? "existing" : "new",
        name: candidate.name,
        type: candidate.type,
        newAliases: [],
        ...(candidate.iso3 ? { iso3: candidate.iso3 } : {}),
        ...(candidate.kind ? { kind: candidate.kind } : {}),
        ...(candidate.type === "Organization" || candidate.type === "Place"
          ? { country: candidate.country ?? null }
          : {}),
        // A proposal from the reference tables says so; one read off the text alone is "new".
        method: candidate.existing ? resolution.method : fromTables(resolution.method) ? "gazetteer" : "new",
        score: resolution.score,
        note: resolution.note,
        mentions: [],
      };
      this.entities.set(candidate.id, entity);
    } else if (candidate.existing && METHOD_RANK[resolution.method] > METHOD_RANK[entity.method]) {
      entity.method = resolution.method;
      entity.score = resolution.score;
      entity.note = resolution.note;
    }
    if (!entity.mentions.some((m) => m.start === span.start)) entity.mentions.push(span);
    if (!isSpelling) return;
    this.noteSpelling(entity, candidate, span.text, resolution.method);
    if (candidate.type === "Person") this.rememberPerson(candidate, span.text);
  }

  /** A person first named in this article, by a later surname-only or same-spelling mention. */
  localPerson(key: string): EntityCandidate | undefined {
    return this.localNames.get(key);
  }

  candidate(id: string): EntityCandidate | undefined {
    return this.candidates.get(id);
  }

  list(): ExtractedEntity[] {
    const all = [...this.entities.values()];
    for (const e of all) e.mentions.sort((a, b) => a.start - b.start);
    return all;
  }

  private noteSpelling(
    entity: ExtractedEntity,
    candidate: EntityCandidate,
    text: string,
    method: ResolutionMethod,
  ): void {
    // Titles and stand-ins are not spellings of the name; transliterations and new names are.
    if (method === "role" || method === "stand-in") return;
    const spelling = text
      .replace(/^the\s+/i, "")
      .replace(/['’]s$/, "")
      .trim();
    const known = [candidate.name, ...(candidate.existing?.aliases ?? [])].map(fold);
    if (!spelling || known.includes(fold(spelling)) || entity.newAliases.includes(spelling)) return;
    if (candidate.existing || fold(spelling) !== fold(candidate.name)) entity.newAliases.push(spelling);
  }

  private rememberPerson(candidate: EntityCandidate, text: string): void {
    const words = nameKey(text).split(" ");
    this.localNames.set(words.join(" "), candidate);
    const surname = words[words.length - 1];
    if (words.length > 1 && surname && surname.length > 2) this.localNames.set(surname, candidate);
  }
}
