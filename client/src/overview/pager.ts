// Previous / next paging of a list the server pages (offset + limit → total + items): the
// buttons, the "21–40 of 57" line, and no stale page drawn over a newer one.

import { h } from "../ui/dom.js";

export interface PageOf<T> {
  total: number;
  items: T[];
}

export interface PagerOptions<T> {
  /** Prefix of the test ids: `<testid>-prev`, `<testid>-next`, `<testid>-page`. */
  testid: string;
  pageSize: number;
  noun: string;
  load(offset: number): Promise<PageOf<T>>;
  render(page: PageOf<T>, offset: number): void;
  /** False once the view moved on (another selection): the answer is then dropped. */
  stillWanted(): boolean;
  failed(error: unknown): void;
}

/** "21–40 of 57 relations"; "No relations" when there are none. */
export function pageRangeText(offset: number, shown: number, total: number, noun: string): string {
  if (total === 0) return `No ${noun}`;
  return `${(offset + 1).toLocaleString("en")}–${(offset + shown).toLocaleString("en")} of ${total.toLocaleString("en")} ${noun}`;
}

export function mountPager<T>(o: PagerOptions<T>): { element: HTMLElement; go(offset: number): Promise<void> } {
  let offset = 0;
  let total = 0;
  let request = 0;
  const prev = h(
    "button",
    { type: "button", class: "small", testid: `${o.testid}-prev`, disabled: true },
    "‹ Previous",
  );
  const next = h("button", { type: "button", class: "small", testid: `${o.testid}-next`, disabled: true }, "Next ›");
  const line = h("span", { class: "note", testid: `${o.testid}-page`, "aria-live": "polite" }, "Loading…");
  const go = async (at: number): Promise<void> => {
    const mine = ++request;
    prev.disabled = next.disabled = true;
    try {
      const page = await o.load(at);
      if (mine !== request || !o.stillWanted()) return;
      offset = at;
      total = page.total;
      o.render(page, at);
      line.textContent = pageRangeText(at, page.items.length, total, o.noun);
      prev.disabled = offset === 0;
      next.disabled = offset + o.pageSize >= total;
    } catch (error) {
      if (mine === request && o.stillWanted()) o.failed(error);
    }
  };
  prev.addEventListener("click", () => void go(Math.max(0, offset - o.pageSize)));
  next.addEventListener("click", () => void go(offset + o.pageSize));
  return { element: h("div", { class: "pager row" }, prev, line, next), go };
}
