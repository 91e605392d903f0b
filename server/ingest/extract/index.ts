// The extractor's public face: the rule-based Extractor and the reference tables it reads.

import type { Extractor } from "../extractor.js";
import { loadReferenceTables, type ReferenceTables } from "../reference/tables.js";
import { createExtractor } from "./rule-extractor.js";

export { loadReferenceTables, type ReferenceTables };
export { EXTRACTOR_NAME } from "./rule-extractor.js";

export function createRuleExtractor(options: { reference?: ReferenceTables } = {}): Extractor {
  return createExtractor(options.reference ?? loadReferenceTables());
}
