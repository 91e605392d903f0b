// A small valid data folder written to a temp dir, which each test breaks in one way to check
// that the reader and the integrity checks catch it and say where.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TEXT =
  "Alice called Bob on May 12. The Herald reported the call. Alice met Bob in Capital City on May 18.\n" +
  "Atlantis sanctions Borduria.";

/** Evidence for the sentence of TEXT that starts with `opening`. */
export function evidence(opening: string): { article: string; sentence: string; start: number; end: number } {
  const start = TEXT.indexOf(opening);
  if (start < 0) throw new Error(`fixture: "${opening}" not in TEXT`);
  const end = TEXT.indexOf(".", start) + 1;
  return { article: "a1", sentence: TEXT.slice(start, end), start, end };
}

export interface Fixture {
  meta: Record<string, unknown>;
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  disputes: Record<string, unknown>[];
}

export function validFixture(): Fixture {
  return {
    meta: {
      id: "a1",
      file: "a1.txt",
      title: "A test report",
      outlet: null,
      published: "2025-05-20",
      publishedRange: null,
      url: null,
      language: "en",
      note: "",
    },
    entities: [
      { type: "Person", id: "alice", name: "Alice Example", aliases: ["Alice"], description: "a person" },
      { type: "Person", id: "bob", name: "Bob Example", aliases: ["Bob"], description: "a person" },
      { type: "State", id: "atlantis", name: "Atlantis", aliases: [], description: "a state", iso3: "ATL" },
      { type: "State", id: "borduria", name: "Borduria", aliases: [], description: "a state", iso3: "BOR" },
      {
        type: "Organization",
        id: "herald",
        name: "The Herald",
        aliases: ["Herald"],
        description: "a newspaper",
        kind: "media",
        country: "atlantis",
      },
      {
        type: "Place",
        id: "capital-city",
        name: "Capital City",
        aliases: [],
        description: "a city",
        kind: "city",
        country: "borduria",
      },
    ],
    relations: [
      rel("CALLED", "alice", "bob", { date: "2025-05-12", evidence: [evidence("Alice called Bob")] }),
      rel("REPORTED", "herald", "alice", { evidence: [evidence("The Herald reported")], disputes: ["call-reported"] }),
      rel("MET", "alice", "bob", { date: "2025-05-18", place: "capital-city", evidence: [evidence("Alice met Bob")] }),
      rel("SANCTIONS", "atlantis", "borduria", { evidence: [evidence("Atlantis sanctions")] }),
    ],
    disputes: [
      {
        id: "call-reported",
        question: "Was the call reported?",
        claims: [
          { position: "yes", evidence: [evidence("The Herald reported")] },
          { position: "it happened", evidence: [evidence("Alice called Bob")] },
        ],
      },
    ],
  };
}

export function rel(
  type: string,
  source: string,
  target: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type,
    source,
    target,
    date: null,
    dateBasis: extra.date ? "stated" : "unknown",
    dateNote: null,
    place: null,
    topic: null,
    role: null,
    confidence: 0.9,
    evidence: [],
    disputes: [],
    ...extra,
  };
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + "\n";

/** Raw file texts override the fixture's JSON, for syntax errors. */
export interface RawOverrides {
  meta?: string;
  entities?: string;
  relations?: string;
  disputes?: string;
  text?: string | null;
}

const created: string[] = [];

export async function writeFixture(fixture: Fixture, raw: RawOverrides = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-data-"));
  created.push(dir);
  await mkdir(join(dir, "articles"));
  await mkdir(join(dir, "graph"));
  await writeFile(join(dir, "articles", "a1.meta.json"), raw.meta ?? json(fixture.meta));
  if (raw.text !== null) await writeFile(join(dir, "articles", "a1.txt"), raw.text ?? TEXT);
  await writeFile(join(dir, "graph", "entities.json"), raw.entities ?? json(fixture.entities));
  await writeFile(join(dir, "graph", "relations.json"), raw.relations ?? json(fixture.relations));
  await writeFile(join(dir, "graph", "disputes.json"), raw.disputes ?? json(fixture.disputes));
  return dir;
}

export async function removeFixtures(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** 1-based line of the n-th (0-based) line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, nth = 0): number {
  const lines = text.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && seen++ === nth) return i + 1;
  throw new Error(`lineOf: "${needle}" #${nth} not found`);
}
