// Every kind of bad data the reader and the integrity checks must catch, each on a small
// fixture folder broken in one way, with the file, line and field the user needs to fix it.

import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { DataFileError, type DataProblem } from "../../server/dataset/files.js";
import { validateDataFolder } from "../../server/dataset/validate.js";
import { evidence, json, lineOf, rel, removeFixtures, TEXT, validFixture, writeFixture } from "./fixture-folder.js";

afterAll(removeFixtures);

const only = (problems: DataProblem[]): DataProblem => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

test("the valid fixture has no problems and no warnings (so each test below breaks one thing)", async () => {
  const result = await validateDataFolder(await writeFixture(validFixture()));
  expect(result.problems).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.summary).toMatchObject({
    articles: 1,
    disputes: 1,
    evidence: 4,
    relations: { CALLED: 1, MET: 1, REPORTED: 1, SANCTIONS: 1 },
  });
});

describe("malformed files", () => {
  test("a JSON syntax error names the file, line and column", async () => {
    const text = json(validFixture().entities).replace('"name": "Bob Example",', '"name": "Bob Example"');
    const result = await validateDataFolder(await writeFixture(validFixture(), { entities: text }));
    const p = only(result.problems);
    expect(p.file).toMatch(/graph[\\/]entities\.json$/);
    expect(p.message).toMatch(/JSON syntax error: expected ','/);
    // The parser stops at the next property, on the line after the missing comma.
    expect(p.line).toBe(lineOf(text, '"aliases": [', 1));
    expect(p.column).toBe(5);
  });

  test("a trailing comma is a syntax error at its line", async () => {
    const text = '[\n  {"type": "Person", "id": "alice", "name": "Alice"},\n]\n';
    const result = await validateDataFolder(await writeFixture(validFixture(), { entities: text }));
    expect(result.problems.some((p) => p.line === 3 && p.message.startsWith("JSON syntax error"))).toBe(true);
  });

  test("a file that is not an array says so", async () => {
    const result = await validateDataFolder(await writeFixture(validFixture(), { disputes: '{"id": "x"}\n' }));
    expect(only(result.problems)).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringContaining("expected a JSON array"),
    });
  });

  test("a bad field names file, line and path, and shows the value found", async () => {
    const fixture = validFixture();
    fixture.relations[2]!.confidence = 2;
    const dir = await writeFixture(fixture);
    const p = only((await validateDataFolder(dir)).problems);
    expect(p.file).toMatch(/graph[\\/]relations\.json$/);
    expect(p.path).toBe("[2].confidence");
    expect(p.line).toBe(lineOf(json(fixture.relations), '"confidence": 2'));
    expect(p.message).toMatch(/<=1.*found 2/);
  });

  test("an unknown relation type, an unknown field and a missing field are all reported at their lines", async () => {
    const fixture = validFixture();
    fixture.relations[0]!.type = "PHONED";
    fixture.relations[3]!.colour = "red";
    delete fixture.entities[1]!.name;
    const dir = await writeFixture(fixture);
    const { problems } = await validateDataFolder(dir);
    const relations = json(fixture.relations);
    const entities = json(fixture.entities);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "[0].type",
          line: lineOf(relations, '"PHONED"'),
          message: expect.stringMatching(/unknown relation type \(found "PHONED"\)/),
        }),
        expect.objectContaining({
          path: "[3].colour",
          line: lineOf(relations, '"colour"'),
          message: 'unknown field "colour" in a relation record',
        }),
        // A missing field points at the element it is missing from.
        expect.objectContaining({
          path: "[1].name",
          line: lineOf(entities, '"id": "bob"') - 2,
          message: expect.stringMatching(/missing required field/),
        }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  test("article metadata whose id differs from its file name, and a missing text file", async () => {
    const fixture = validFixture();
    const renamed = await validateDataFolder(await writeFixture({ ...fixture, meta: { ...fixture.meta, id: "a2" } }));
    expect(renamed.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "id", message: expect.stringContaining('expected "a1"') }),
      ]),
    );
    const noText = await validateDataFolder(await writeFixture(fixture, { text: null }));
    expect(noText.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: expect.stringMatching(/a1\.txt$/),
          message: expect.stringContaining("file not found"),
        }),
      ]),
    );
  });
});

describe("integrity", () => {
  test("a wrong offset says where the sentence really is", async () => {
    const fixture = validFixture();
    const e = evidence("Alice met Bob");
    fixture.relations[2]!.evidence = [{ ...e, start: e.start + 3, end: e.end + 3 }];
    const p = only((await validateDataFolder(await writeFixture(fixture))).problems);
    expect(p.path).toBe("[2].evidence[0].start");
    expect(p.line).toBe(lineOf(json(fixture.relations), `"start": ${e.start + 3}`));
    expect(p.message).toContain(`found at ${e.start}-${e.end}`);
    expect(TEXT.slice(e.start, e.end)).toBe(e.sentence);
  });

  test("a sentence that is not in the article at all", async () => {
    const fixture = validFixture();
    fixture.relations[0]!.evidence = [{ ...evidence("Alice called Bob"), sentence: "Alice phoned Bob on May 12." }];
    const p = only((await validateDataFolder(await writeFixture(fixture))).problems);
    expect(p).toMatchObject({
      path: "[0].evidence[0].sentence",
      message: expect.stringContaining('does not occur in article "a1"'),
    });
  });

  test("an unknown entity, article, place and dispute reference", async () => {
    const fixture = validFixture();
    fixture.relations[0]!.target = "zed";
    fixture.relations[1]!.evidence = [{ ...evidence("The Herald reported"), article: "a9" }];
    fixture.relations[2]!.place = "nowhere";
    fixture.relations[3]!.disputes = ["no-such-dispute"];
    const { problems } = await validateDataFolder(await writeFixture(fixture));
    expect(problems.map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ["[0].target", 'unknown entity "zed"'],
        ["[1].evidence[0].article", 'unknown article "a9"'],
        ["[2].place", 'unknown entity "nowhere"'],
        ["[3].disputes[0]", 'unknown dispute "no-such-dispute"'],
      ]),
    );
    expect(problems).toHaveLength(4);
    expect(problems.every((p) => p.file.endsWith("relations.json") && typeof p.line === "number")).toBe(true);
  });

  test("a place that is not a Place, and a country that is not a State", async () => {
    const fixture = validFixture();
    fixture.relations[2]!.place = "atlantis";
    fixture.entities[4]!.country = "bob";
    const { problems } = await validateDataFolder(await writeFixture(fixture));
    expect(problems.map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ["[2].place", '"atlantis" is a State: place must be the id of a Place'],
        ["[4].country", '"bob" is a Person: country must be the id of a State'],
      ]),
    );
  });

  test("a duplicate alias across two entities, compared ignoring case and accents", async () => {
    const fixture = validFixture();
    (fixture.entities[1]!.aliases as string[]).push("ALICÉ");
    const p = only((await validateDataFolder(await writeFixture(fixture))).problems);
    expect(p.path).toBe("[1].aliases[1]");
    expect(p.line).toBe(lineOf(json(fixture.entities), '"ALICÉ"'));
    expect(p.message).toMatch(
      /"ALICÉ" is already a name or alias of "alice" \("Alice"\) \(first at .*entities\.json:2\)/,
    );
  });

  test("a duplicate entity id", async () => {
    const fixture = validFixture();
    fixture.entities.push({ ...fixture.entities[0]!, name: "Another Alice", aliases: [] });
    const p = only((await validateDataFolder(await writeFixture(fixture))).problems);
    expect(p).toMatchObject({ path: "[6].id", message: expect.stringContaining('duplicate entity id "alice"') });
  });

  test("a relation type with a disallowed end label", async () => {
    const fixture = validFixture();
    fixture.relations.push(rel("LEADS", "atlantis", "herald", { evidence: [evidence("Atlantis sanctions")] }));
    fixture.relations.push(rel("LOCATED_IN", "capital-city", "alice", { evidence: [evidence("Alice met Bob")] }));
    const { problems } = await validateDataFolder(await writeFixture(fixture));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["[4].source", 'LEADS cannot start at a State ("atlantis"); allowed: Person'],
      ["[5].target", 'LOCATED_IN cannot end at a Person ("alice"); allowed: State, Place'],
    ]);
  });

  test("the same undirected relation written twice (ends swapped) is a duplicate to merge", async () => {
    const fixture = validFixture();
    fixture.relations.push(
      rel("MET", "bob", "alice", { date: "2025-05-18", place: "capital-city", evidence: [evidence("Alice met Bob")] }),
    );
    const p = only((await validateDataFolder(await writeFixture(fixture))).problems);
    expect(p.path).toBe("[4]");
    expect(p.message).toMatch(/duplicate relation r-[0-9a-f]{16}: same MET .*merge their evidence/);
  });

  test("a dispute no relation refers to is a warning, not an error", async () => {
    const fixture = validFixture();
    fixture.relations[1]!.disputes = [];
    const result = await validateDataFolder(await writeFixture(fixture));
    expect(result.problems).toEqual([]);
    expect(only(result.warnings)).toMatchObject({
      path: "[0].id",
      message: expect.stringContaining('no relation lists the dispute "call-reported"'),
    });
  });
});

describe("loadCuratedDataset", () => {
  test("throws one DataFileError that lists every problem across files", async () => {
    const fixture = validFixture();
    fixture.relations[0]!.target = "zed";
    fixture.relations[1]!.confidence = -1;
    const badDisputes = json(fixture.disputes).replace('"id": "call-reported",', '"id": "call-reported"');
    const dir = await writeFixture(fixture, { disputes: badDisputes });
    const error = await loadCuratedDataset(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataFileError);
    const problems = (error as DataFileError).problems.map((p) => [
      p.file.replace(/.*[\\/]/, ""),
      p.path,
      p.message.slice(0, 26),
    ]);
    // The broken disputes file hides no other problem, and a dispute it defines is not "unknown".
    expect(problems).toEqual([
      ["relations.json", "[1].confidence", "Too small: expected number"],
      ["disputes.json", null, "JSON syntax error: expecte"],
      ["relations.json", "[0].target", 'unknown entity "zed"'],
    ]);
  });

  test("completes a valid folder into a Dataset", async () => {
    const dataset = await loadCuratedDataset(await writeFixture(validFixture()));
    expect(dataset.articles[0]).toMatchObject({ id: "a1", text: TEXT });
    const met = dataset.relations.find((r) => r.type === "MET")!;
    expect(met).toMatchObject({
      cameo: "044",
      goldstein: 2.5,
      sources: ["a1"],
      disputed: false,
      id: expect.stringMatching(/^r-[0-9a-f]{16}$/),
    });
    expect(dataset.relations.find((r) => r.type === "REPORTED")!.disputed).toBe(true);
    expect(dataset.mentions).toEqual(
      expect.arrayContaining([
        { article: "a1", entity: "alice", count: 2 },
        { article: "a1", entity: "herald", count: 1 },
        { article: "a1", entity: "capital-city", count: 1 },
      ]),
    );
  });
});
