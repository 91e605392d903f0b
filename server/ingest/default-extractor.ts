// The extractor ingestion uses unless told otherwise: the offline rule-based one. A model-based
// extractor would be chosen here, behind the same Extractor interface.

import type { Extractor } from "./extractor.js";

let shared: Promise<Extractor> | null = null;

/**
 * One instance per process (it caches what it derives from the graph and the reference tables),
 * loaded on first use so that serving the graph does not pay for the NLP libraries.
 */
export function defaultExtractor(): Promise<Extractor> {
  shared ??= import("./extract/index.js").then((m) => m.createRuleExtractor());
  return shared;
}
