// The annotation pipeline: orders annotators so each runs after the writers of the layers it
// reads, and runs them over a sentence, each seeing only the layers it declared.

import type { AnnotatedSentence, AnyAnnotator, Annotator, LayerName, LayerReader } from "./annotated-sentence.js";

export type Pipeline = readonly AnyAnnotator[];

/**
 * The annotators in an order where every layer is written before it is read (the given order among
 * independent ones). Throws when a layer read has no writer, has two, or layers read each other in a circle.
 */
export function orderAnnotators(annotators: readonly AnyAnnotator[]): Pipeline {
  const writerOf = new Map<LayerName, AnyAnnotator>();
  for (const a of annotators) {
    const other = writerOf.get(a.writes);
    if (other) throw new Error(`layer "${a.writes}" is written by both ${other.id} and ${a.id}`);
    writerOf.set(a.writes, a);
  }
  for (const a of annotators)
    for (const name of a.reads)
      if (!writerOf.has(name)) throw new Error(`annotator ${a.id} reads layer "${name}", which no annotator writes`);
  const ordered: AnyAnnotator[] = [];
  const placed = new Set<AnyAnnotator>();
  while (ordered.length < annotators.length) {
    const next = annotators.find((a) => !placed.has(a) && a.reads.every((n) => placed.has(writerOf.get(n)!)));
    if (!next) {
      const stuck = annotators.filter((a) => !placed.has(a)).map((a) => a.id);
      throw new Error(`annotators read each other's layers in a circle: ${stuck.join(", ")}`);
    }
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}

/** Runs an ordered pipeline over the sentence: each annotator adds its layer. */
export function annotate(pipeline: Pipeline, sentence: AnnotatedSentence): AnnotatedSentence {
  for (const annotator of pipeline) runOne(annotator as Annotator, sentence);
  return sentence;
}

function runOne<K extends LayerName>(annotator: Annotator<K>, sentence: AnnotatedSentence): void {
  const reader: LayerReader = {
    context: sentence.context,
    layer: (name) => {
      if (!annotator.reads.includes(name))
        throw new Error(`annotator ${annotator.id} reads undeclared layer "${name}"`);
      return sentence.layer(name);
    },
  };
  sentence.add(annotator.writes, annotator.annotate(reader));
}
