// What the rule extractor reads from a short briefing, with the curated graph as its knowledge:
// the extraction itself, or its relations as "TYPE Source>Target" lines, the shape the phenomenon
// tests compare.

import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import type { Extraction } from "../../../server/ingest/extractor.js";
import { indexKnowledge, type KnowledgeIndex } from "../../../server/ingest/knowledge-index.js";

export interface CuratedReader {
  extract(text: string): Promise<Extraction>;
  facts(text: string): Promise<string[]>;
}

/** Registers the knowledge's set-up (beforeAll) and returns the readers. */
export function curatedReader(): CuratedReader {
  const extractor = createRuleExtractor();
  let knowledge: KnowledgeIndex;
  beforeAll(async () => {
    const ds = await loadCuratedDataset();
    knowledge = indexKnowledge({ entities: ds.entities, relations: ds.relations });
  });
  const extract = (text: string): Promise<Extraction> =>
    extractor.extract({ id: "t", title: "Briefing", text: `Briefing\n${text}`, published: "2025-09-20" }, knowledge);
  return {
    extract,
    async facts(text) {
      const out = await extract(text);
      const name = new Map(out.entities.map((e) => [e.id, e.name]));
      return out.relations.map((r) => `${r.type} ${name.get(r.source)}>${name.get(r.target)}`);
    },
  };
}
