// Type of a capitalised name the gazetteer does not know: organization by its head word ("...
// Ministry", "... Forum"), media by its words ("news agency"), otherwise what compromise's
// named-entity tagger says of it in its sentence (person, place, organization), or nothing.

import nlp from "compromise";
import type { EntityType } from "../../../graph-schema/index.js";

import { GOVERNMENT_BODY_KIND } from "./candidates.js";
import { fold } from "./text.js";
import {
  ARMED_GROUP_HEADS,
  FORUM_HEADS,
  GOVERNMENT_BODY_KIND_HEADS,
  ORGANIZATION_HEADS,
  MEDIA_WORDS,
} from "./lexicon.js";

export interface NameClass {
  type: EntityType;
  kind?: string;
}

interface Tagged {
  people: [number, number][];
  places: [number, number][];
  organizations: [number, number][];
}

/** Offsets of a view's matches; neither their text nor their terms are asked for, as only offsets are read. */
function ranges(view: { json: (o: object) => unknown[] }): [number, number][] {
  return (
    view.json({ offset: true, text: false, terms: false }) as { offset?: { start: number; length: number } }[]
  ).flatMap((j) => (j.offset ? [[j.offset.start, j.offset.start + j.offset.length] as [number, number]] : []));
}

/** compromise's entity spans of one sentence (offsets relative to the sentence), computed once. */
export class SentenceTagger {
  private tagged: Tagged | null = null;
  constructor(private readonly sentence: string) {}

  private spans(): Tagged {
    if (this.tagged) return this.tagged;
    const doc = nlp(this.sentence);
    this.tagged = {
      // As a plain view of the same matches (null: its own pointer): the People view's json also
      // parses each name and guesses its gender.
      people: ranges(doc.people().toView(null)),
      places: ranges(doc.places()),
      organizations: ranges(doc.organizations()),
    };
    return this.tagged;
  }

  /** The label compromise gives the text at [start, end) of the sentence, if any. */
  labelAt(start: number, end: number): EntityType | null {
    const t = this.spans();
    const overlaps = (r: [number, number]): boolean => r[0] < end && start < r[1];
    if (t.organizations.some(overlaps)) return "Organization";
    if (t.people.some(overlaps)) return "Person";
    if (t.places.some(overlaps)) return "Place";
    return null;
  }
}

export function classifyByWords(name: string): NameClass | null {
  const words = fold(name).split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (words.some((w) => MEDIA_WORDS.has(w)) && words.length > 1) return { type: "Organization", kind: "media" };
  if (ORGANIZATION_HEADS.has(last) || words.some((w) => w === "ministry" || w === "council")) {
    const kind = GOVERNMENT_BODY_KIND_HEADS.has(last)
      ? GOVERNMENT_BODY_KIND
      : FORUM_HEADS.has(last)
        ? "forum"
        : ARMED_GROUP_HEADS.has(last)
          ? "armed group"
          : "organization";
    return { type: "Organization", kind };
  }
  return null;
}
