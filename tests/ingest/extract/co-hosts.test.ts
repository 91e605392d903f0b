// Co-hosts of talks (the offered-mediation.co-host rule beside mediation.ts): they help the parties
// of the talks, and they do not meet each other.

import { curatedReader } from "./curated-facts.js";

const { facts } = curatedReader();

describe("co-hosts", () => {
  it("co-hosts do not meet each other", async () => {
    expect(await facts("The talks were co-hosted by Saudi Arabia and Switzerland.")).toEqual([]);
  });

  it("co-hosts of talks between two parties help each party", async () => {
    expect(await facts("Qatar and Egypt co-hosted talks between Israel and Hamas.")).toEqual(
      expect.arrayContaining(["OFFERED_MEDIATION Qatar>Israel", "OFFERED_MEDIATION Egypt>Hamas"]),
    );
  });

  it("a single host of direct talks is still no mediator (the curated convention)", async () => {
    const found = await facts("Saudi Arabia hosted talks between the United States and Russia.");
    expect(found.filter((f) => f.startsWith("OFFERED_MEDIATION"))).toEqual([]);
  });
});
