// Positions in refusals and the error class the API maps to a 4xx.

import { CypherRefusedError, positionAt, refuseAt } from "../../server/cypher-guard/refusal.js";

describe("positionAt", () => {
  test("counts lines and columns from 1", () => {
    expect(positionAt("MATCH (n)", 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt("MATCH (n)", 6)).toEqual({ offset: 6, line: 1, column: 7 });
  });
  test("\\n, \\r\\n and a lone \\r each end one line", () => {
    expect(positionAt("a\nb\nc", 4)).toEqual({ offset: 4, line: 3, column: 1 });
    expect(positionAt("a\r\nb\r\nc", 6)).toEqual({ offset: 6, line: 3, column: 1 });
    expect(positionAt("a\rb\rcd", 5)).toEqual({ offset: 5, line: 3, column: 2 });
  });
  test("the column of a \\r\\n pair's \\n is still on the same line", () => {
    expect(positionAt("ab\r\nc", 3)).toEqual({ offset: 3, line: 1, column: 4 });
  });
});

test("refuseAt writes 'what (line, column): why' and attaches the position", () => {
  expect(
    refuseAt("RETURN 1\n  CREATE", 11, "write clause CREATE is not allowed", "this endpoint is read-only"),
  ).toEqual({
    ok: false,
    reason: "write clause CREATE is not allowed (line 2, column 3): this endpoint is read-only",
    position: { offset: 11, line: 2, column: 3 },
  });
  expect(refuseAt("x", 0, "odd").reason).toBe("odd (line 1, column 1)");
});

describe("CypherRefusedError", () => {
  test("is an Error carrying the reason and position", () => {
    const error = new CypherRefusedError({ ok: false, reason: "no", position: { offset: 1, line: 1, column: 2 } });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CypherRefusedError");
    expect(error.message).toBe("no");
    expect(error.reason).toBe("no");
    expect(error.position).toEqual({ offset: 1, line: 1, column: 2 });
  });
  test("has no position when the refusal has none", () => {
    const error = new CypherRefusedError({ ok: false, reason: "empty" });
    expect(error.position).toBeUndefined();
  });
});
