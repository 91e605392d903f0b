// A small pattern language over stemmed tokens for trigger tables: words ("offer"), alternatives
// ("mediate|broker"), optional elements ("phone?"), and gaps ("*" = up to five other words).

import { fold, stem, type Token } from "./text.js";

type Element = { kind: "words"; stems: Set<string>; optional: boolean } | { kind: "gap" };

export interface CompiledPattern {
  source: string;
  elements: Element[];
}

export function compilePattern(pattern: string): CompiledPattern {
  const elements: Element[] = pattern
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === "*") return { kind: "gap" };
      const optional = part.endsWith("?");
      const words = (optional ? part.slice(0, -1) : part).split("|");
      return { kind: "words", stems: new Set(words.map((w) => stem(fold(w)))), optional };
    });
  return { source: pattern, elements };
}

const GAP = 5;

/**
 * Matches at token `i`: the end index (exclusive) of the shortest match, or -1. `blocked(k)` marks
 * tokens a gap may not cross (entity mentions, clause punctuation).
 */
export function matchAt(
  p: CompiledPattern,
  tokens: readonly Token[],
  i: number,
  blocked: (k: number) => boolean,
): number {
  const go = (e: number, k: number): number => {
    if (e === p.elements.length) return k;
    const el = p.elements[e]!;
    if (el.kind === "gap") {
      for (let skip = 0; skip <= GAP; skip++) {
        if (skip > 0 && (k + skip - 1 >= tokens.length || blocked(k + skip - 1) || !tokens[k + skip - 1]!.word)) break;
        const end = go(e + 1, k + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    const t = tokens[k];
    if (t && el.stems.has(t.stem)) {
      const end = go(e + 1, k + 1);
      if (end >= 0) return end;
    }
    return el.optional ? go(e + 1, k) : -1;
  };
  const first = p.elements[0];
  if (first?.kind === "words" && !first.optional && !first.stems.has(tokens[i]?.stem ?? "")) return -1;
  return go(0, i);
}
