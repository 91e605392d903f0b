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
