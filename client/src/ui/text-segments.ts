// Cuts a text into segments at the borders of highlighted spans (mentions, evidence sentences),
// so overlapping highlights can be drawn as nested <mark>s without touching innerHTML.

export interface HighlightSpan {
  start: number;
  end: number;
  /** What the highlight stands for, e.g. "mention" or "evidence". */
  kind: string;
  /** Optional tooltip text. */
  title?: string;
}

export interface TextSegment {
  text: string;
  start: number;
  /** Highlights covering this segment, outermost (earliest starting) first. */
  spans: HighlightSpan[];
}

export function segmentText(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    segments.push({ text: text.slice(start, end), start, spans: covering });
  }
  return segments;
}

/** A run of text inside (or outside, when `span` is null) one highlight, with what it holds. */
export interface HighlightNode {
  span: HighlightSpan | null;
  text: string;
  children: HighlightNode[];
}

/** Kinds drawn outermost first when two spans cover the same stretch. */
const KIND_ORDER = ["evidence", "mention", "trigger"];

/** Spans with the same range and kind become one (titles joined): one sentence, one mark. */
export function mergeDuplicateSpans(spans: readonly HighlightSpan[]): HighlightSpan[] {
  const byRange = new Map<string, HighlightSpan>();
  for (const span of spans) {
    const key = `${span.start}:${span.end}:${span.kind}`;
    const seen = byRange.get(key);
    if (!seen) byRange.set(key, { ...span });
    else if (span.title && !seen.title?.split("\n").includes(span.title))
      seen.title = seen.title ? `${seen.title}\n${span.title}` : span.title;
  }
  return [...byRange.values()];
}

/**
 * The text as a tree of highlights: each span is one element over its whole stretch (so a
 * sentence reads as one unbroken mark), with the spans inside it nested; a span crossing
 * another's border is cut there.
 */
export function nestHighlights(text: string, spans: readonly HighlightSpan[]): HighlightNode[] {
  const rank = (s: HighlightSpan) => {
    const i = KIND_ORDER.indexOf(s.kind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  const segments = segmentText(text, mergeDuplicateSpans(spans)).map((seg) => ({
    ...seg,
    spans: [...seg.spans].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b)),
  }));
  const build = (run: typeof segments, depth: number): HighlightNode[] => {
    const nodes: HighlightNode[] = [];
    let i = 0;
    while (i < run.length) {
      const span = run[i]!.spans[depth] ?? null;
      let j = i + 1;
      while (j < run.length && (run[j]!.spans[depth] ?? null) === span) j++;
      const part = run.slice(i, j);
      const joined = part.map((s) => s.text).join("");
      if (span === null) nodes.push({ span: null, text: joined, children: [] });
      else nodes.push({ span, text: joined, children: build(part, depth + 1) });
      i = j;
    }
    return nodes;
  };
  return build(segments, 0);
}
