// A sentence under annotation: its token layer, what the article tells about it, and the named span
// layers annotators add one at a time (mentions, titles, dates, negation, hedges, cues, speech).

import type { FoundCue } from "./cues.js";
import type { DateExpression } from "./dates.js";
import type { ActorGroup } from "./groups.js";
import type { HedgeSpan } from "./hedges.js";
import type { Mention } from "./mention-types.js";
import type { NegationSpan } from "./negation.js";
import type { Discourse } from "./pronouns.js";
import type { SentenceScan } from "./sentence-scan.js";
import type { SentenceSpan } from "./sentences.js";
import type { SpeechAnalysis } from "./speech.js";
import type { Token } from "./text.js";

/** A mention whose title names an office ("Russia's foreign minister Sergei Lavrov"). */
export type TitledMention = Mention & { role: NonNullable<Mention["role"]> };

/** Every span layer by name, and what it holds. */
export interface Layers {
  /** Entity mentions, pronouns resolved, in sentence order. */
  mentions: Mention[];
  /** Mentions joined into actor groups ("Russia and China"). */
  groups: ActorGroup[];
  /** Mentions whose titles name offices. */
  titles: TitledMention[];
  /** Date expressions resolved against the publication date. */
  dates: DateExpression[];
  /** Words a negation or a possibility marker has in its scope. */
  negation: NegationSpan[];
  /** Hedge words and phrasings. */
  hedges: HedgeSpan[];
  /** Dispute cues: denials, refusals to confirm, silences. */
  cues: FoundCue[];
  /** Quotations and reported speech: speech acts and where reported speech starts. */
  speech: SpeechAnalysis;
}

export type LayerName = keyof Layers;

/** What the article and the pass over it tell about the sentence: read by annotators, written by none. */
export interface SentenceContext {
  sentence: SentenceSpan;
  tokens: Token[];
  published: string | null;
  headline: boolean;
  isMedia: (id: string) => boolean;
  affiliation: (id: string) => string | null;
  /** What mention finding reads: the gazetteer, the article's entities so far, the tagger. */
  scan: SentenceScan;
  /** People and states named in earlier sentences (pronouns resolve against them). */
  discourse: Discourse;
}

/** The layers an annotator may read: asking for one it did not declare, or one not yet written, throws. */
export interface LayerReader {
  readonly context: SentenceContext;
  layer<K extends LayerName>(name: K): Layers[K];
}

/** One pipe: reads the layers it names and adds exactly one. */
export interface Annotator<K extends LayerName = LayerName> {
  readonly id: string;
  readonly reads: readonly LayerName[];
  readonly writes: K;
  annotate(sentence: LayerReader): Layers[K];
}

/** Any annotator, whichever layer it writes. */
export type AnyAnnotator = { [K in LayerName]: Annotator<K> }[LayerName];

export class AnnotatedSentence implements LayerReader {
  private readonly layers: Partial<Layers> = {};

  constructor(readonly context: SentenceContext) {}

  get tokens(): Token[] {
    return this.context.tokens;
  }

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  layer<K extends LayerName>(name: K): Layers[K] {
    const value = this.layers[name];
    if (value === undefined) throw new Error(`layer "${name}" has not been written`);
    return value as Layers[K];
  }

  add<K extends LayerName>(name: K, value: Layers[K]): void {
    if (this.has(name)) throw new Error(`layer "${name}" is already written`);
    this.layers[name] = value;
  }
}
