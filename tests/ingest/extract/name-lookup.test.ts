// Name lookup at a token: the longest gazetteer name wins, glued dots stay inside a name, short codes
// must be in capitals, and a transliteration is found once per spelling and handed out as a copy.

import { buildGazetteer } from "../../../server/ingest/extract/gazetteer.js";
import { longestName, transliterationOf } from "../../../server/ingest/extract/name-lookup.js";
import { tokenize } from "../../../server/ingest/extract/text.js";
import { indexKnowledge } from "../../../server/ingest/knowledge-index.js";
import { loadReferenceTables } from "../../../server/ingest/reference/tables.js";

const gazetteer = buildGazetteer(
  indexKnowledge({
    entities: [
      { type: "Person", id: "dmitry-peskov", name: "Dmitry Peskov", aliases: [], description: "" },
      {
        type: "Organization",
        id: "financial-post",
        name: "financialpost.com",
        aliases: [],
        description: "",
        kind: "media",
        country: null,
      },
      {
        type: "Place",
        id: "united-states-capitol",
        name: "United States Capitol",
        aliases: [],
        description: "",
        kind: "building",
        country: null,
      },
    ],
    relations: [],
  }),
  loadReferenceTables(),
);

/** The text of the longest name at word `i` of `text`, or null. */
function nameAt(text: string, i: number): string | null {
  const tokens = tokenize(text);
  const match = longestName(gazetteer, tokens, i);
  return match ? text.slice(tokens[i]!.start, tokens[match.end - 1]!.end) : null;
}

describe("longestName", () => {
  it("prefers the longest name that starts at the token", () => {
    expect(nameAt("Crowds gathered at the United States Capitol on Monday.", 4)).toBe("United States Capitol");
    expect(nameAt("Crowds gathered in the United States on Monday.", 4)).toBe("United States");
  });

  it("keeps a glued dot inside a name and never ends a name on one", () => {
    expect(nameAt("According to financialpost.com, talks failed.", 2)).toBe("financialpost.com");
    expect(nameAt("He wrote to financialpost. Then he left.", 3)).toBeNull();
  });

  it("asks a short code to be written in capitals, and finds nothing where no name starts", () => {
    expect(nameAt("The US imposed sanctions.", 1)).toBe("US");
    expect(nameAt("Let us go.", 1)).toBeNull();
    expect(nameAt("Crowds gathered at the United States Capitol.", 5)).toBeNull();
  });
});

describe("transliterationOf", () => {
  it("reads a known name spelt differently, as often as asked, each time in a copy of its own", () => {
    const first = transliterationOf(gazetteer, "Dmitri Peskow", "Person");
    expect(first).toMatchObject({ method: "transliteration", candidate: { id: "dmitry-peskov" } });
    const given = { ...first! };
    first!.note = "changed by a caller";
    const again = transliterationOf(gazetteer, "Dmitri Peskow", "Person");
    expect(again).not.toBe(first);
    expect(again).toEqual(given);
  });

  it("answers for the type asked: a person's spelling is no place", () => {
    expect(transliterationOf(gazetteer, "Dmitri Peskow", null)?.candidate.id).toBe("dmitry-peskov");
    expect(transliterationOf(gazetteer, "Dmitri Peskow", "Place")).toBeNull();
    expect(transliterationOf(gazetteer, "Andrei Ivanov", "Person")).toBeNull();
  });
});
