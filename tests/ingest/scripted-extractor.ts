// A test double for the extractor: it returns exactly the entities, relations and cues a test
// scripts, with spans found in the text, so merging can be tested apart from extraction quality.

import type { EntityType, RelationType, ResolutionMethod, TextSpan } from "../../graph-schema/index.js";
import type {
  DisputeCue,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  Extractor,
} from "../../server/ingest/extractor.js";

export interface ScriptedEntity {
  id: string;
  name: string;
  type: EntityType;
  status: "existing" | "new";
  method?: ResolutionMethod;
  /** How the text spells it, when not the name. */
  spelling?: string;
  iso3?: string;
}

export interface ScriptedRelation {
  type: RelationType;
  source: string;
  target: string;
  /** A sentence of the text (found by position). */
  sentence: string;
  trigger: string;
  date?: string | null;
  dateBasis?: ExtractedRelation["dateBasis"];
}

export interface ScriptedCue {
  kind: DisputeCue["kind"];
  sentence: string;
  trigger: string;
  about: DisputeCue["about"];
  position: string;
}

function span(text: string, part: string, from = 0): TextSpan {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`scripted extractor: "${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

export function scriptedExtractor(script: {
  entities: ScriptedEntity[];
  relations: ScriptedRelation[];
  cues?: ScriptedCue[];
}): Extractor & { calls: number } {
  const extractor = {
    name: "scripted-test-extractor",
    calls: 0,
    extract({ text }: { text: string }): Promise<Extraction> {
      extractor.calls += 1;
      const entities: ExtractedEntity[] = script.entities.map((e) => {
        const spelling = e.spelling ?? e.name;
        return {
          id: e.id,
          status: e.status,
          name: e.status === "new" ? spelling : e.name,
          type: e.type,
          newAliases: e.spelling && e.status === "existing" ? [e.spelling] : [],
          iso3: e.iso3,
          method: e.method ?? (e.status === "new" ? "new" : "name"),
          score: e.status === "new" ? 1 : 0.9,
          note: null,
          mentions: text.includes(spelling) ? [span(text, spelling)] : [],
        };
      });
      const relations: ExtractedRelation[] = script.relations.map((r) => {
        const sentence = span(text, r.sentence);
        return {
          type: r.type,
          source: r.source,
          target: r.target,
          date: r.date ?? null,
          dateBasis: r.dateBasis ?? (r.date ? "stated" : "unknown"),
          dateNote: null,
          place: null,
          role: null,
          topic: null,
          sentence,
          trigger: span(text, r.trigger, sentence.start),
          confidence: 0.8,
          provenance: { extractor: "scripted-test-extractor", version: "1", rule: "scripted" },
        };
      });
      const cues: DisputeCue[] = (script.cues ?? []).map((c) => {
        const sentence = span(text, c.sentence);
        return { ...c, speaker: null, sentence, trigger: span(text, c.trigger, sentence.start) };
      });
      return Promise.resolve({ entities, relations, cues, sentences: [], warnings: [] });
    },
  };
  return extractor;
}
