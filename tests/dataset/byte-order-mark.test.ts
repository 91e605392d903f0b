// Data files saved with a UTF-8 byte-order mark (as Windows editors write them) read like any other,
// and problems in them are still placed where an editor shows them.

import { JsonSource } from "../../server/dataset/json-source.js";
import { validateDataFolder } from "../../server/dataset/validate.js";
import { json, lineOf, removeFixtures, validFixture, writeFixture } from "./fixture-folder.js";

afterAll(removeFixtures);

const BOM = "\uFEFF";

test("every data file may start with a BOM", async () => {
  const fixture = validFixture();
  const dir = await writeFixture(fixture, {
    meta: BOM + json(fixture.meta),
    entities: BOM + json(fixture.entities),
    relations: BOM + json(fixture.relations),
    disputes: BOM + json(fixture.disputes),
  });
  const result = await validateDataFolder(dir);
  expect(result.problems).toEqual([]);
  expect(result.summary).toMatchObject({ articles: 1, disputes: 1, evidence: 4 });
});

test("a problem after a BOM is reported at the line and column an editor shows", async () => {
  const text = BOM + json(validFixture().entities).replace('"name": "Bob Example",', '"name": "Bob Example"');
  const result = await validateDataFolder(await writeFixture(validFixture(), { entities: text }));
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]).toMatchObject({ line: lineOf(text, '"aliases": [', 1), column: 5 });
});

test("the BOM goes, and only at the start: one inside the JSON is still an error", () => {
  expect(JsonSource.parse("x.json", `${BOM}{"a": 1}`)).toMatchObject({ value: { a: 1 }, problems: [] });
  expect(JsonSource.parse("x.json", `{"a": 1}${BOM}`).problems[0]).toMatchObject({ line: 1, column: 9 });
  expect(JsonSource.parse("x.json", `${BOM}{"a": x}`).problems[0]).toMatchObject({ line: 1, column: 7 });
});
