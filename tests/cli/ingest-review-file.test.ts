// `ingest --review FILE`: an edited preview read as a review (deleted → rejected, changed type or
// end → corrected, ends given by the preview's entity ids), a bare review block, and refusals.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestReport } from "../../graph-schema/index.js";
import { readReviewFile } from "../../server/cli/ingest-review-file.js";

const entity = (id: string, extractedId: string) => ({ id, extractedId, name: id, type: "Person" });
const relation = (key: string, type: string, source: string, target: string) => ({
  type,
  source,
  target,
  extracted: { key, type, source, target },
});
/** Only the fields the review is read from; the rest of a report does not matter here. */
const PREVIEW = {
  article: { id: "art-1" },
  entities: [entity("anna-berg", "anna-berg"), entity("omar-said-2", "omar-said"), entity("lea-roth", "lea-roth")],
  relations: [relation("k1", "MET", "anna-berg", "omar-said-2"), relation("k2", "CALLED", "anna-berg", "lea-roth")],
} as unknown as IngestReport;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-review-file-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(content: unknown): Promise<unknown> {
  const path = join(dir, "preview.json");
  await writeFile(path, JSON.stringify(content));
  return readReviewFile(path, PREVIEW);
}

test("an unedited preview is an empty review", async () => {
  expect(await read(PREVIEW)).toEqual({ rejectedEntities: [], rejectedRelations: [], corrections: [] });
});

test("deleting rejects; changing a type or an end (by the preview's entity id) corrects", async () => {
  const edited = structuredClone(PREVIEW) as unknown as typeof PREVIEW;
  edited.entities = edited.entities.filter((e) => e.id !== "lea-roth");
  edited.relations = [{ ...edited.relations[0]!, type: "DISCUSSED", target: "lea-roth" }];
  const review = await read(edited);
  expect(review).toEqual({
    rejectedEntities: ["lea-roth"],
    rejectedRelations: ["k2"],
    corrections: [{ relation: "k1", type: "DISCUSSED", target: "lea-roth" }],
  });
  const moved = structuredClone(PREVIEW) as unknown as typeof PREVIEW;
  moved.relations[1]!.source = "omar-said-2";
  expect(await read(moved)).toMatchObject({ corrections: [{ relation: "k2", source: "omar-said" }] });
});

test("a review block adds to the edits; a bare review is taken as written", async () => {
  const block = { rejectedEntities: ["anna-berg"] };
  expect(await read({ ...PREVIEW, review: block })).toMatchObject(block);
  expect(await read({ rejectedRelations: ["k1"] })).toEqual({
    rejectedEntities: [],
    rejectedRelations: ["k1"],
    corrections: [],
  });
});

test.each<[string, unknown, RegExp]>([
  ["another article's preview", { ...PREVIEW, article: { id: "art-2" } }, /preview of article art-2, not of art-1/],
  [
    "an end that is no entity of the preview",
    { ...PREVIEW, relations: [{ ...PREVIEW.relations[0], source: "nobody" }] },
    /relations\[0\]\.source "nobody" is not an entity of the preview/,
  ],
  [
    "a relation the preview does not have",
    { ...PREVIEW, relations: [relation("k9", "MET", "a", "b")] },
    /relations\[0\]/,
  ],
  [
    "a type not in the vocabulary",
    { ...PREVIEW, relations: [{ ...PREVIEW.relations[0], type: "HUGGED" }] },
    /corrections\.0\.type/,
  ],
  ["a bare review with unknown fields", { rejectedRelations: [], reject: ["x"] }, /reject/],
])("refuses %s, naming the file", async (_what, content, message) => {
  await expect(read(content)).rejects.toThrow(message);
  await expect(read(content)).rejects.toThrow(/preview\.json/);
});
