// The scorer's parts on small hand-made cases with known counts: P/R/F1 arithmetic, one-to-one
// matching, date agreement, type compatibility, direction only for directed types, entity alignment.

import type { EntityRecord, Relation, RelationRecord, RelationType } from "../../../graph-schema/index.js";
import { toRelation } from "../../../server/dataset/to-relation.js";
import { directionMatters, typesCompatible } from "../../../server/ingest/evaluate/compatibility.js";
import { alignEntities } from "../../../server/ingest/evaluate/entity-alignment.js";
import { maximumMatching } from "../../../server/ingest/evaluate/matching.js";
import { scores } from "../../../server/ingest/evaluate/metrics.js";
import { normaliseName } from "../../../server/ingest/evaluate/normalise.js";
import type { ExtractedFact } from "../../../server/ingest/evaluate/relation-facts.js";
import { compareDates, NOTHING_READ, scoreRelations } from "../../../server/ingest/evaluate/relation-scoring.js";
import { extractedEntity } from "./gold-extractor.js";

const SENTENCE = { start: 0, end: 20, text: "A sentence of twenty" };

function gold(type: RelationType, source: string, target: string, date: string | null = null): Relation {
  const record: RelationRecord = {
    type,
    source,
    target,
    date,
    dateBasis: date ? "stated" : "unknown",
    dateNote: null,
    place: null,
    topic: null,
    role: null,
    confidence: 1,
    evidence: [{ article: "a1", sentence: SENTENCE.text, start: SENTENCE.start, end: SENTENCE.end }],
    disputes: [],
  };
  return toRelation(record);
}

function fact(
  type: RelationType,
  source: string,
  target: string,
  date: string | null = null,
  rule = "test.rule",
): ExtractedFact {
  return { type, source, target, date, place: null, sentences: [SENTENCE], triggers: [SENTENCE], rules: [rule] };
}

describe("scores", () => {
  test("precision, recall and F1 from counts", () => {
    expect(scores({ tp: 2, fp: 1, fn: 1 })).toMatchObject({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(scores({ tp: 3, fp: 0, fn: 1 })).toMatchObject({ precision: 1, recall: 0.75, f1: 6 / 7 });
  });
  test("nothing predicted: precision undefined, recall and F1 zero; nothing at all: all undefined", () => {
    expect(scores({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

describe("maximumMatching", () => {
  test("re-routes an earlier match to make room (augmenting path)", () => {
    expect(maximumMatching([[0, 1], [0]])).toEqual([1, 0]);
  });
  test("each extracted item answers one gold item at most", () => {
    expect(maximumMatching([[0], [0], [0]])).toEqual([0, -1, -1]);
  });
  test("the preferred pass decides who keeps a contested item", () => {
    expect(maximumMatching([[0], [0]], [[], [0]])).toEqual([-1, 0]);
  });
});

test("dates: equal, one more precise, different, missing, unexpected", () => {
  expect(compareDates("2025-02-18", "2025-02-18")).toBe("exact");
  expect(compareDates(null, null)).toBe("exact");
  expect(compareDates("2025", "2025-02-18")).toBe("compatible");
  expect(compareDates("2025-02-18", "2025-02")).toBe("compatible");
  expect(compareDates("2025-02-18", "2025-02-12")).toBe("conflicting");
  expect(compareDates("2025-1", "2025-12")).toBe("conflicting");
  expect(compareDates("2025", null)).toBe("missing");
  expect(compareDates(null, "2025")).toBe("unexpected");
});

test("type compatibility: strict is identity; lenient joins a CAMEO root and the office pair", () => {
  expect(typesCompatible("STATED", "REPORTED", "strict")).toBe(false);
  expect(typesCompatible("STATED", "REPORTED", "lenient")).toBe(true);
  expect(typesCompatible("MET", "CALLED", "lenient")).toBe(true);
  expect(typesCompatible("HOLDS_ROLE", "LEADS", "lenient")).toBe(true);
  expect(typesCompatible("MET", "SANCTIONS", "lenient")).toBe(false);
  expect(typesCompatible("PART_OF", "LOCATED_IN", "lenient")).toBe(false);
  expect(directionMatters("SANCTIONS", "SANCTIONS")).toBe(true);
  expect(directionMatters("MET", "MET")).toBe(false);
  expect(directionMatters("BRIEFED", "COOPERATES_WITH")).toBe(false);
});

test("names compare without case, accents, dots of acronyms, 'the', possessives or qualifiers", () => {
  expect(normaliseName("The U.S.")).toBe(normaliseName("US"));
  expect(normaliseName("Tehran (city)")).toBe("tehran");
  expect(normaliseName("Iran's")).toBe("iran");
  expect(normaliseName("Dmitri Peskow")).not.toBe(normaliseName("Dmitry Peskov"));
  expect(normaliseName("Jos\u00e9")).toBe("jose");
});

describe("scoreRelations", () => {
  const golds = [
    gold("SANCTIONS", "us", "iran"),
    gold("MET", "rubio", "lavrov", "2025-02-18"),
    gold("STATED", "peskov", "iran"),
  ];

  test("a perfect answer scores 1 everywhere", () => {
    const s = scoreRelations(
      golds,
      golds.map((g) => fact(g.type, g.source, g.target, g.date)),
      "strict",
    );
    expect(s.tally.total()).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.dates.exact).toBe(3);
    expect(s.sharedSentence).toBe(3);
  });

  test("an empty answer finds nothing", () => {
    const s = scoreRelations(golds, [], "lenient");
    expect(s.tally.total()).toEqual({ tp: 0, fp: 0, fn: 3 });
    expect(scores(s.tally.total()).recall).toBe(0);
    expect(s.misses.map((m) => m.type)).toEqual(["SANCTIONS", "MET", "STATED"]);
  });

  test("direction counts for a directed type, not for a mutual one", () => {
    const s = scoreRelations(
      golds,
      [fact("SANCTIONS", "iran", "us"), fact("MET", "lavrov", "rubio", "2025-02-18")],
      "strict",
    );
    expect(s.tally.byType()).toMatchObject({
      SANCTIONS: { tp: 0, fp: 1, fn: 1 },
      MET: { tp: 1, fp: 0, fn: 0 },
      STATED: { tp: 0, fp: 0, fn: 1 },
    });
  });

  test("a partial answer: known hits, misses, false positives, and a lenient-only type", () => {
    const answer = [
      fact("SANCTIONS", "us", "iran"),
      fact("CALLED", "rubio", "lavrov", "2025-02"),
      fact("OPPOSES", "iran", "us"),
    ];
    const strict = scoreRelations(golds, answer, "strict");
    expect(strict.tally.total()).toEqual({ tp: 1, fp: 2, fn: 2 });
    const lenient = scoreRelations(golds, answer, "lenient");
    expect(lenient.tally.total()).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(lenient.typeSubstitutions).toEqual([{ gold: "MET", extracted: "CALLED" }]);
    expect(lenient.dates).toMatchObject({ exact: 1, compatible: 1 });
    expect(lenient.falsePositives.map((f) => f.type)).toEqual(["OPPOSES"]);
  });

  test("one-to-one: a gold relation is counted once, the repeat is a false positive", () => {
    const s = scoreRelations(
      [gold("CALLED", "a", "b")],
      [fact("CALLED", "a", "b"), fact("CALLED", "b", "a", "2025")],
      "strict",
    );
    expect(s.tally.total()).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.dates.exact).toBe(1);
  });

  test("one-to-one: the same-type gold relation keeps the answer when two gold relations compete", () => {
    const s = scoreRelations(
      [gold("STATED", "a", "b"), gold("REPORTED", "a", "b")],
      [fact("REPORTED", "a", "b")],
      "lenient",
    );
    expect(s.tally.byType()).toMatchObject({ STATED: { tp: 0, fn: 1 }, REPORTED: { tp: 1, fn: 0 } });
  });

  test("per rule: hits and false positives of what each rule read, misses charged to the rule that misread the pair", () => {
    const s = scoreRelations(
      golds,
      [
        fact("SANCTIONS", "us", "iran", null, "sanctions.impose"),
        fact("OPPOSES", "lavrov", "rubio", null, "opposes.direct"),
        fact("SUPPORTS", "iran", "us", null, "supports.support"),
      ],
      "strict",
    );
    expect(s.rules.byType()).toMatchObject({
      "sanctions.impose": { tp: 1, fp: 0, fn: 0 },
      "opposes.direct": { tp: 0, fp: 1, fn: 1 },
      "supports.support": { tp: 0, fp: 1, fn: 0 },
      [NOTHING_READ]: { tp: 0, fp: 0, fn: 1 },
    });
    expect(s.misses.find((m) => m.type === "MET")!.misreadBy).toEqual(["opposes.direct"]);
    expect(s.falsePositives.map((f) => f.rules)).toEqual([["opposes.direct"], ["supports.support"]]);
  });
});

describe("alignEntities", () => {
  const known: EntityRecord = {
    type: "Person",
    id: "dmitry-peskov",
    name: "Dmitry Peskov",
    aliases: ["Peskov"],
    description: "",
  };
  const heldOut: EntityRecord = {
    type: "Person",
    id: "abbas-araghchi",
    name: "Abbas Araghchi",
    aliases: ["Araghchi"],
    description: "",
  };

  test("a known entity by id, a held-out one by name; a known one is not matched by name", () => {
    const byName = { ...extractedEntity({ ...heldOut, name: "Araghchi" }, false), id: "araghchi" };
    const lookalike = { ...extractedEntity(known, false), id: "peskov-2" };
    const a = alignEntities([known, heldOut], new Set([heldOut.id]), [extractedEntity(known, true), byName, lookalike]);
    expect(a.tally.total()).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(a.goldIdOf.get("araghchi")).toBe("abbas-araghchi");
    expect(a.falsePositives.map((e) => e.id)).toEqual(["peskov-2"]);
  });

  test("a held-out entity proposed twice is one hit and one false positive, both mapped to it", () => {
    const first = { ...extractedEntity(heldOut, false), id: "abbas-araghchi-1" };
    const second = { ...extractedEntity(heldOut, false), id: "abbas-araghchi-2" };
    const a = alignEntities([heldOut], new Set([heldOut.id]), [first, second]);
    expect(a.tally.total()).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(a.goldIdOf.get("abbas-araghchi-2")).toBe("abbas-araghchi");
  });

  test("nothing extracted: every gold entity is missed", () => {
    const a = alignEntities([known, heldOut], new Set([heldOut.id]), []);
    expect(a.tally.byType()).toMatchObject({ Person: { tp: 0, fp: 0, fn: 2 } });
  });
});
