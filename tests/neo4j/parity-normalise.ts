// Order-insensitive form of an API answer for the parity test: arrays are compared as multisets,
// except those whose order is the answer (a path's sequence of entities and relations, and a
// paged list's items, whose order decides what the next page holds); text exports are compared
// line by line, as a multiset of lines.

/** Keys whose array order carries meaning inside a path. */
const PATH_SEQUENCES = new Set(["entities", "relations"]);

interface Where {
  key: string | null;
  insidePath: boolean;
  /** The answer's top-level `items` of a paged list. */
  pageItems: boolean;
}

function canonical(value: unknown, where: Where, paged: boolean): unknown {
  if (Array.isArray(value)) {
    const inner: Where = { key: null, insidePath: where.insidePath, pageItems: false };
    const items = value.map((v) => canonical(v, inner, paged));
    if (where.pageItems || (where.insidePath && where.key && PATH_SEQUENCES.has(where.key))) return items;
    return items
      .map((v) => JSON.stringify(v))
      .sort()
      .map((s) => JSON.parse(s) as unknown);
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child: Where = {
        key,
        insidePath: where.insidePath || key === "paths",
        pageItems: paged && where.key === null && !where.insidePath && key === "items",
      };
      out[key] = canonical((value as Record<string, unknown>)[key], child, paged);
    }
    return out;
  }
  return value;
}

/** `paged`: the answer is a page of a list (`{total, items}`) whose item order must match too. */
export function normaliseForParity(body: unknown, paged = false): unknown {
  if (typeof body === "string")
    return body
      .split("\n")
      .map((l) => l.trim())
      .sort();
  return canonical(body, { key: null, insidePath: false, pageItems: false }, paged);
}
