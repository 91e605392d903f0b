// Precision, recall and F1 from counts of true positives, false positives and false negatives,
// tallied per key (relation type, entity type, PLOVER category) and summed for the micro average.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores are null where undefined: precision with nothing predicted, recall with nothing to find. */
export interface Scores extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scores(c: Counts): Scores {
  const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);
  return {
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    // 2TP / (2TP + FP + FN) is the harmonic mean of P and R, and stays defined (0) when one of them is not.
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/** Counts per key; `total()` is the micro average's basis. */
export class Tally {
  private readonly byKey = new Map<string, Counts>();

  add(key: string, field: keyof Counts, n = 1): void {
    const counts = this.byKey.get(key) ?? zeroCounts();
    counts[field] += n;
    this.byKey.set(key, counts);
  }

  total(): Counts {
    const sum = zeroCounts();
    for (const c of this.byKey.values()) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return sum;
  }

  /** Scores per key, keys sorted. */
  byType(): Record<string, Scores> {
    return Object.fromEntries([...this.byKey.keys()].sort().map((k) => [k, scores(this.byKey.get(k)!)]));
  }
}

/** A tally as reported: overall micro scores and scores per key. */
export interface ScoreTable {
  overall: Scores;
  byType: Record<string, Scores>;
}

export const scoreTable = (tally: Tally): ScoreTable => ({ overall: scores(tally.total()), byType: tally.byType() });
