// Actor resolution against the curated graph: GDELT country and role codes, ICEWS sectors and
// named people through ingestion's name index, and new entities for what the graph does not know.

import { join } from "node:path";
import { ActorResolver } from "../../server/import/actor-resolver.js";
import type { EventActor } from "../../server/import/event-row.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { PROJECT_ROOT } from "../../server/paths.js";

let resolver: ActorResolver;

beforeAll(async () => {
  const curated = await loadCuratedDataset(join(PROJECT_ROOT, "data"));
  resolver = new ActorResolver({ entities: curated.entities, relations: curated.relations });
});

const gdelt = (
  code: string,
  name: string,
  country: string | null,
  role: string | null = null,
  knownGroup: string | null = null,
): EventActor => ({
  code,
  name,
  country,
  role,
  knownGroup,
  sectors: [],
});
const icews = (name: string): EventActor => ({
  code: null,
  name,
  country: null,
  role: null,
  knownGroup: null,
  sectors: [],
});

describe("ActorResolver", () => {
  it.each([
    ["RUS", "RUSSIA", "RUS", null, "russia"],
    ["RUSGOV", "RUSSIA", "RUS", "GOV", "russia"],
    ["IRN", "IRAN", "IRN", null, "iran"],
    ["USAGOV", "THE WHITE HOUSE", "USA", "GOV", "united-states"],
  ])("GDELT %s (%s) is the curated State", (code, name, country, role, id) => {
    const r = resolver.resolve(gdelt(code, name, country, role));
    expect(r).toMatchObject({ entity: id, status: "existing", mention: code });
    expect(resolver.entities.get(id)!.aliases).toContain(code);
  });

  it("GDELT role codes become an organisation of their state, named as ICEWS names it", () => {
    const r = resolver.resolve(gdelt("RUSMIL", "RUSSIA", "RUS", "MIL"));
    expect(r).toMatchObject({ entity: "military-russia", status: "new", method: "role" });
    expect(resolver.entities.get("military-russia")).toMatchObject({
      type: "Organization",
      country: "russia",
      name: "Military (Russia)",
    });
    expect(resolver.resolve(icews("Military (Russia)")).entity).toBe("military-russia");
  });

  it("a state the graph lacks comes from the reference table, by its CAMEO code (JPN, MMR, TMP)", () => {
    expect(resolver.resolve(gdelt("GEO", "GEORGIA", "GEO"))).toMatchObject({ entity: "georgia", status: "new" });
    expect(resolver.entities.get("georgia")).toMatchObject({ type: "State", iso3: "GEO" });
    expect(resolver.resolve(gdelt("JPN", "JAPAN", "JPN")).entity).toBe("japan");
    expect(resolver.resolve(gdelt("MMR", "MYANMAR", "MMR")).entity).toBe("myanmar");
    expect(resolver.resolve(gdelt("TMP", "EAST TIMOR", "TMP")).entity).toBe("timor-leste");
  });

  it("known groups and regions go by name: UNITED NATIONS is the curated united-nations", () => {
    expect(resolver.resolve(gdelt("IGOUNO", "UNITED NATIONS", null, "IGO", "UNO")).entity).toBe("united-nations");
  });

  it("ICEWS sectors: the government is the State, other sectors organisations of it", () => {
    expect(resolver.resolve(icews("Government (Iran)")).entity).toBe("iran");
    const fa = resolver.resolve(icews("Foreign Affairs (Iran)"));
    expect(resolver.entities.get(fa.entity)).toMatchObject({ type: "Organization", country: "iran" });
  });

  it("ICEWS people resolve as ingestion resolves names: aliases, transliteration, middle names", () => {
    expect(resolver.resolve(icews("Dmitri Peskow"))).toMatchObject({ entity: "dmitry-peskov", status: "existing" });
    expect(resolver.resolve(icews("Sergey Viktorovich Lavrov"))).toMatchObject({
      entity: "sergei-lavrov",
      method: "transliteration",
      proposed: "sergey-viktorovich-lavrov",
    });
    expect(resolver.resolve(icews("Donald Trump")).entity).toBe("donald-trump");
  });

  it("unknown actors become new entities keeping their spelling; organisations by their words", () => {
    expect(resolver.resolve(icews("Aladdin Boroujerdi"))).toMatchObject({
      entity: "aladdin-boroujerdi",
      status: "new",
    });
    expect(resolver.entities.get("aladdin-boroujerdi")!.type).toBe("Person");
    const party = resolver.resolve(icews("Conference of Nigerian Political Parties"));
    expect(resolver.entities.get(party.entity)!.type).toBe("Organization");
    const generic = resolver.resolve(gdelt("COP", "POLICE", null, "COP"));
    expect(resolver.entities.get(generic.entity)).toMatchObject({
      name: "Police forces (country unknown)",
      aliases: ["COP"],
    });
  });
});
