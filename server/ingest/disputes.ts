// Disputes found while merging an article: a sentence that denies, will not confirm or has not
// acknowledged what other sentences assert, and relations of contradictory types between the
// same two actors from different articles. Both sides keep their evidence.

import { createHash } from "node:crypto";
import {
  CONTRADICTORY_TYPES,
  datesCompatible,
  relationTypeDef,
  type DisputeRecord,
  type Evidence,
  type IngestedDispute,
  type RelationRecord,
  type RelationType,
  relationTypeWords,
} from "../../graph-schema/index.js";
import type { DisputeCue, ExtractedRelation } from "./extractor.js";
import type { EntryOutcome, GraphBuilder } from "./graph-builder.js";
import type { LedgerEntry } from "./ledger.js";

const MAX_EVIDENCE_PER_CLAIM = 5;

const disputeId = (...parts: string[]): string =>
  `d-${createHash("sha256").update(parts.join("\u001f")).digest("hex").slice(0, 12)}`;

function describe(builder: GraphBuilder, r: Pick<RelationRecord, "type" | "source" | "target">): string {
  const name = (id: string): string => builder.entities.get(id)?.name ?? id;
  const meaning = relationTypeDef(r.type).meaning;
  return meaning.includes("the target")
    ? `${name(r.source)} ${meaning.replace("the target", name(r.target))}`
    : `${name(r.source)} ${relationTypeWords(r.type)} ${name(r.target)}`;
}

/** Records (or extends) a dispute and marks its relations; returns what happened to it. */
function record(builder: GraphBuilder, dispute: DisputeRecord, relationIds: string[]): IngestedDispute {
  const existing = builder.disputes.get(dispute.id);
  let status: IngestedDispute["status"] = "new";
  if (existing) {
    const before = JSON.stringify(existing.claims);
    for (const [i, claim] of dispute.claims.entries()) {
      const kept = existing.claims[i];
      if (!kept) existing.claims.push(claim);
      else for (const e of claim.evidence) if (!hasEvidence(kept.evidence, e)) kept.evidence.push(e);
    }
    status = JSON.stringify(existing.claims) === before ? "unchanged" : "extended";
  } else builder.disputes.set(dispute.id, dispute);
  for (const id of relationIds) {
    const relation = builder.relations.get(id)!;
    if (!relation.disputes.includes(dispute.id)) relation.disputes.push(dispute.id);
  }
  const stored = builder.disputes.get(dispute.id)!;
  return { id: stored.id, question: stored.question, claims: stored.claims, status };
}

const hasEvidence = (list: readonly Evidence[], e: Evidence): boolean =>
  list.some((x) => x.article === e.article && x.start === e.start);

function asserted(relations: [string, RelationRecord][], except: Evidence): Evidence[] {
  const out: Evidence[] = [];
  for (const [, r] of relations)
    for (const e of r.evidence) if (!hasEvidence([except], e) && !hasEvidence(out, e)) out.push(e);
  return out.slice(0, MAX_EVIDENCE_PER_CLAIM);
}

/**
 * Relations a cue bears on: those it denies in its own sentence, else those of the type and ends
 * it names (a denier naming nothing else denies its own act: "Tehran denies drone deliveries").
 */
function cueTargets(
  builder: GraphBuilder,
  cue: DisputeCue,
  denied: readonly ExtractedRelation[],
  ids: ReadonlyMap<string, string>,
): [string, RelationRecord][] {
  if (denied.length > 0)
    return denied.flatMap((r) => {
      const [source, target] = [ids.get(r.source), ids.get(r.target)];
      return source && target ? builder.relationsBetween(r.type, source, target) : [];
    });
  const about = cue.about;
  if (!about) return [];
  let source = about.source ? (ids.get(about.source) ?? null) : null;
  const target = about.target ? (ids.get(about.target) ?? null) : null;
  if (!source && !target && about.type && cue.speaker) source = ids.get(cue.speaker) ?? null;
  if (!source && !target) return [];
  // One end alone says too little unless the type narrows it.
  if (!about.type && !(source && target)) return [];
  const ends = (r: RelationRecord): boolean => {
    const mutual = !relationTypeDef(r.type).directed;
    const forward = (!source || r.source === source) && (!target || r.target === target);
    const backward = mutual && (!source || r.target === source) && (!target || r.source === target);
    return forward || backward;
  };
  return [...builder.relations.entries()].filter(
    ([, r]) => (!about.type || r.type === about.type) && r.type !== "DECLINED_COMMENT" && ends(r),
  );
}

function fromCues(builder: GraphBuilder, entry: LedgerEntry, outcome: EntryOutcome): IngestedDispute[] {
  const found: IngestedDispute[] = [];
  for (const [i, cue] of entry.extraction.cues.entries()) {
    const evidence: Evidence = {
      article: entry.article.id,
      sentence: cue.sentence.text,
      start: cue.sentence.start,
      end: cue.sentence.end,
    };
    const targets = cueTargets(builder, cue, outcome.denied.get(i) ?? [], outcome.entityIds);
    const claims = asserted(targets, evidence);
    if (claims.length === 0) {
      outcome.warnings.push(`"${cue.position}": nothing in the graph asserts what it bears on; no dispute recorded`);
      continue;
    }
    const first = targets[0]![1];
    const ids = targets.map(([id]) => id).sort();
    const dispute: DisputeRecord = {
      // One dispute per article and claim, however many of its sentences deny it.
      id: disputeId(entry.article.id, cue.kind, ...ids),
      question: `${describe(builder, first)}?`,
      claims: [
        { position: `asserted: ${describe(builder, first)}`, evidence: claims },
        { position: cue.position, evidence: [evidence] },
      ],
    };
    found.push(record(builder, dispute, ids));
  }
  return found;
}

const contradicting = (type: RelationType): RelationType[] =>
  CONTRADICTORY_TYPES.flatMap(([a, b]) => (a === type ? [b] : b === type ? [a] : []));

function fromContradictions(builder: GraphBuilder, entry: LedgerEntry, outcome: EntryOutcome): IngestedDispute[] {
  const found: IngestedDispute[] = [];
  for (const mine of outcome.relations) {
    const relation = builder.relations.get(mine.id)!;
    for (const other of contradicting(mine.type)) {
      for (const [otherId, theirs] of builder.relationsBetween(other, mine.source, mine.target)) {
        const elsewhere = theirs.evidence.filter((e) => e.article !== entry.article.id);
        if (elsewhere.length === 0 || !datesCompatible(theirs.date, relation.date)) continue;
        const [first, second] = [mine.id, otherId].sort();
        const dispute: DisputeRecord = {
          id: disputeId(first!, second!),
          question: `${describe(builder, relation)}, or ${describe(builder, theirs)}?`,
          claims: [
            { position: describe(builder, relation), evidence: [mine.evidence] },
            { position: describe(builder, theirs), evidence: elsewhere.slice(0, MAX_EVIDENCE_PER_CLAIM) },
          ],
        };
        found.push(record(builder, dispute, [mine.id, otherId]));
      }
    }
  }
  return found;
}

export function recordDisputes(builder: GraphBuilder, entry: LedgerEntry, outcome: EntryOutcome): IngestedDispute[] {
  const all = [...fromCues(builder, entry, outcome), ...fromContradictions(builder, entry, outcome)];
  // A dispute this article opened and then extended (a headline and its body) is new for it.
  const rank = { new: 2, extended: 1, unchanged: 0 } as const;
  const byId = new Map<string, IngestedDispute>();
  for (const d of all) {
    const seen = byId.get(d.id);
    byId.set(d.id, seen && rank[seen.status] > rank[d.status] ? { ...d, status: seen.status } : d);
  }
  return [...byId.values()];
}
