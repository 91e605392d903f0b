// The Cypher console's history: most recent first, no duplicates, bounded, kept in
// localStorage (a storage that throws, e.g. in a locked-down browser, just disables it).

export const HISTORY_KEY = "actorgraph.cypher.history";
export const HISTORY_LIMIT = 30;

export function addToHistory(history: readonly string[], query: string, limit = HISTORY_LIMIT): string[] {
  const q = query.trim();
  if (!q) return [...history];
  return [q, ...history.filter((h) => h !== q)].slice(0, limit);
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadHistory(storage: KeyValueStorage | null): string[] {
  try {
    const raw = storage?.getItem(HISTORY_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function saveHistory(storage: KeyValueStorage | null, history: readonly string[]): void {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage full or forbidden: history stays in memory for this page.
  }
}

/** Parses the parameters box; an empty box means no parameters. */
export function parseParams(
  text: string,
): { ok: true; params: Record<string, unknown> } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { ok: false, error: 'parameters must be a JSON object, e.g. {"name": "Russia"}' };
    }
    return { ok: true, params: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, error: `parameters are not valid JSON: ${(error as Error).message}` };
  }
}
