// The CAMEO table in graph-schema against the codebook files it was copied from: every code lands
// on a relation type, keeps GDELT's Goldstein value, and every ICEWS event name finds its code.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cameoByIcewsName,
  cameoCode,
  cameoTypeRule,
  CAMEO_CODES,
  CAMEO_TYPE_RULES,
  isRelationType,
  quadClassOfRoot,
  relationTypeDef,
} from "../../graph-schema/index.js";

const dir = join(__dirname, "fixtures", "cameo");

function tsvRows(file: string): string[][] {
  const lines = readFileSync(join(dir, file), "utf8").split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((line) => line.split("\t"));
}

const gdeltCodes = tsvRows("CAMEO.eventcodes.txt");
const gdeltGoldstein = new Map(tsvRows("CAMEO.goldsteinscale.txt").map(([c, g]) => [c!, Number(g)]));
const icews = tsvRows("icews-cameo-codes.tsv");

describe("CAMEO codebook → relation types", () => {
  it("reads the whole codebook (311 GDELT codes, 312 ICEWS)", () => {
    expect(gdeltCodes).toHaveLength(311);
    expect(icews).toHaveLength(312);
  });

  it.each(gdeltCodes.map(([code]) => code!))("GDELT code %s lands on a relation type with its Goldstein", (code) => {
    const entry = cameoCode(code);
    expect(entry).toBeDefined();
    expect(entry!.goldstein).toBe(gdeltGoldstein.get(code));
    const rule = cameoTypeRule(code);
    expect(rule).toBeDefined();
    expect(isRelationType(rule!.type)).toBe(true);
    // Imported events join actors (people, states, organisations): the type must allow them.
    expect(relationTypeDef(rule!.type).from).toEqual(expect.arrayContaining(["Person", "State", "Organization"]));
  });

  it.each(icews.map(([code, name, g]) => [code!, name!, Number(g)] as const))(
    "ICEWS code %s (%s) is found by its name, with ICEWS's Goldstein",
    (code, name, goldstein) => {
      expect(cameoByIcewsName(name)?.code).toBe(code);
      expect(cameoCode(code)!.icewsGoldstein).toBe(goldstein);
      expect(cameoTypeRule(code)).toBeDefined();
    },
  );

  it("keeps leading zeros apart: 010 is a statement, 10 and 100 demands", () => {
    expect(cameoTypeRule("010")!.type).toBe("STATED");
    expect(cameoTypeRule("10")!.type).toBe("DEMANDED");
    expect(cameoTypeRule("100")!.type).toBe("DEMANDED");
  });

  it("uses the longest prefix: 0411 under 041 (called), 1631 under 163 (sanctions)", () => {
    expect(cameoTypeRule("041")!.type).toBe("CALLED");
    expect(cameoTypeRule("1631")!.type).toBe("SANCTIONS");
    expect(cameoTypeRule("164")!.type).toBe("SEVERED_RELATIONS");
    expect(cameoTypeRule("99")).toBeUndefined();
  });

  it("derives QuadClass from the root, as GDELT does", () => {
    expect(cameoCode("042")!.quadClass).toBe(1);
    expect(cameoCode("0874")!.quadClass).toBe(2);
    expect(cameoCode("112")!.quadClass).toBe(3);
    expect(cameoCode("190")!.quadClass).toBe(4);
    expect(() => quadClassOfRoot("21")).toThrow();
  });

  it("has one rule per prefix, each example under its prefix", () => {
    const prefixes = CAMEO_TYPE_RULES.map((r) => r.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const rule of CAMEO_TYPE_RULES) expect(rule.example.startsWith(rule.prefix)).toBe(true);
    expect(CAMEO_CODES.every((c) => c.code.startsWith(c.root))).toBe(true);
  });
});
