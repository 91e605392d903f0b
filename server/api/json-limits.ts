// Limits on the shape of a parsed JSON body (nesting depth, number of keys and items, string
// length), checked before any route or engine touches it: converting deeply nested parameters
// is exponential in the engine, so depth is bounded here.

export interface JsonLimits {
  /** Most levels of objects/arrays inside one member of the body (the body itself not counted). */
  maxDepth: number;
  /** Most keys plus array items in the whole body. */
  maxItems: number;
  /** Longest string, key or value, in characters. */
  maxStringLength: number;
}

export interface JsonLimitBreach {
  /** The body member the breach is in ("body" when the body is not an object). */
  member: string;
  /** Reads after the member's name: "nested deeper than 8 levels". */
  message: string;
}

interface Pending {
  value: unknown;
  depth: number;
  member: string;
}

/** The first limit `body` breaks, walking it without recursion (so no depth can overflow the stack). */
export function findJsonLimitBreach(body: unknown, limits: JsonLimits): JsonLimitBreach | undefined {
  const tooLong = (member: string): JsonLimitBreach => ({
    member,
    message: `holds a string longer than ${limits.maxStringLength} characters`,
  });
  const pending: Pending[] = [];
  let items = 0;
  if (isPlainObject(body)) {
    // A body object's members are named after their keys, so a refusal can say which one.
    for (const [key, value] of Object.entries(body)) {
      if (key.length > limits.maxStringLength) return tooLong("body");
      items += 1;
      pending.push({ value, depth: 1, member: key });
    }
  } else pending.push({ value: body, depth: 1, member: "body" });
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth, member } = next;
    if (typeof value === "string" && value.length > limits.maxStringLength) return tooLong(member);
    if (typeof value !== "object" || value === null) continue;
    if (depth > limits.maxDepth) return { member, message: `nested deeper than ${limits.maxDepth} levels` };
    const children = Array.isArray(value) ? value : Object.keys(value);
    items += children.length;
    if (items > limits.maxItems) {
      return { member, message: `makes the body hold more than ${limits.maxItems} keys and array items` };
    }
    if (Array.isArray(value)) {
      for (const item of value) pending.push({ value: item, depth: depth + 1, member });
    } else {
      for (const [key, inner] of Object.entries(value)) {
        if (key.length > limits.maxStringLength) return tooLong(member);
        pending.push({ value: inner, depth: depth + 1, member });
      }
    }
  }
  if (items > limits.maxItems)
    return { member: "body", message: `holds more than ${limits.maxItems} keys and array items` };
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
