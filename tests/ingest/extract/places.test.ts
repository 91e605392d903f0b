// Capitals read as places where the text names a place: in a dateline ("SANAA/WASHINGTON, Jan 12 -")
// and in a list after "in"; elsewhere a capital still stands for its government.

import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import { indexKnowledge } from "../../../server/ingest/knowledge-index.js";

const extractor = createRuleExtractor();
const knowledge = indexKnowledge({ entities: [], relations: [] });

async function facts(text: string): Promise<string[]> {
  const out = await extractor.extract({ id: "t", title: "", text, published: "2025-05-01" }, knowledge);
  const name = new Map(out.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
  return out.relations.map((r) => `${r.type} ${name.get(r.source)}>${name.get(r.target)}`);
}

describe("capitals as places", () => {
  it("the cities of a dateline are places in their states", async () => {
    const found = await facts("SANAA/WASHINGTON, Jan 12 - The United States struck Houthi targets in Yemen on Friday.");
    expect(found).toContain("LOCATED_IN Place:Sanaa>State:Yemen");
    expect(found).toContain("LOCATED_IN Place:Washington>State:United States");
  });

  it("a single-city dateline too", async () => {
    expect(await facts("PARIS - France will withdraw its ambassador from Niger.")).toContain(
      "LOCATED_IN Place:Paris>State:France",
    );
  });

  it("a capital that acts outside a dateline stands for its government", async () => {
    const found = await facts("Paris said it would withdraw its ambassador from Niger.");
    expect(found.filter((f) => f.startsWith("LOCATED_IN"))).toEqual([]);
    expect(found).toContain("SEVERED_RELATIONS State:France>State:Niger");
  });

  it("every name of a list after 'in' is a place", async () => {
    const found = await facts("India and Pakistan said there were blasts in New Delhi, Islamabad and Karachi.");
    expect(found).toContain("LOCATED_IN Place:New Delhi>State:India");
    expect(found).toContain("LOCATED_IN Place:Islamabad>State:Pakistan");
  });

  it("a listed name with a verb after it acts", async () => {
    const out = await extractor.extract(
      {
        id: "t",
        title: "",
        text: "Talks were held in Doha and Washington said it would attend.",
        published: "2025-05-01",
      },
      knowledge,
    );
    expect(out.entities.filter((e) => e.name === "Washington" && e.type === "Place")).toEqual([]);
    expect(out.entities.some((e) => e.name === "United States")).toBe(true);
  });
});
