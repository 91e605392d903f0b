// A long list drawn a page at a time: the first items, then "Show N more" adds the next page,
// so an actor with thousands of relations does not put thousands of rows into the panel at once.

import { h } from "../ui/dom.js";

export const LIST_PAGE_SIZE = 20;

export function pagedList<T>(
  items: readonly T[],
  render: (item: T) => HTMLElement,
  pageSize = LIST_PAGE_SIZE,
): HTMLElement {
  const list = h("ul", {}, ...items.slice(0, pageSize).map(render));
  if (items.length <= pageSize) return list;
  let shown = pageSize;
  const more = h("button", { type: "button", class: "small link", testid: "list-more" });
  const label = () => {
    more.textContent = `Show ${Math.min(pageSize, items.length - shown)} more (${(items.length - shown).toLocaleString("en")} not shown)`;
  };
  more.addEventListener("click", () => {
    list.append(...items.slice(shown, shown + pageSize).map(render));
    shown += pageSize;
    if (shown >= items.length) more.remove();
    else label();
  });
  label();
  return h("div", { class: "paged-list" }, list, more);
}
