// Accessible tabs (tablist / tab / tabpanel with arrow-key navigation between tabs).

import { h } from "./dom.js";

export interface Tabs<K extends string> {
  element: HTMLElement;
  panel(key: K): HTMLElement;
  activate(key: K): void;
  active(): K;
}

export function createTabs<K extends string>(
  idPrefix: string,
  label: string,
  tabs: { key: K; title: string }[],
): Tabs<K> {
  const list = h("div", { role: "tablist", "aria-label": label, class: "tablist" });
  const panels = new Map<K, HTMLElement>();
  const buttons = new Map<K, HTMLButtonElement>();
  let current = tabs[0]!.key;
  const body = h("div", { class: "tab-panels" });
  for (const t of tabs) {
    const button = h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `${idPrefix}-tab-${t.key}`,
        "aria-controls": `${idPrefix}-panel-${t.key}`,
        testid: `tab-${t.key}`,
        onclick: () => activate(t.key),
      },
      t.title,
    );
    const panel = h("div", {
      role: "tabpanel",
      id: `${idPrefix}-panel-${t.key}`,
      "aria-labelledby": button.id,
      class: "tab-panel",
      tabindex: 0,
    });
    buttons.set(t.key, button);
    panels.set(t.key, panel);
    list.append(button);
    body.append(panel);
  }
  list.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const keys = tabs.map((t) => t.key);
    const i = keys.indexOf(current);
    const next = keys[(i + (e.key === "ArrowRight" ? 1 : keys.length - 1)) % keys.length]!;
    activate(next);
    buttons.get(next)!.focus();
  });
  function activate(key: K) {
    current = key;
    for (const [k, b] of buttons) {
      b.setAttribute("aria-selected", String(k === key));
      b.tabIndex = k === key ? 0 : -1;
    }
    for (const [k, p] of panels) p.hidden = k !== key;
  }
  activate(current);
  return {
    element: h("div", { class: "tabs" }, list, body),
    panel: (key) => panels.get(key)!,
    activate,
    active: () => current,
  };
}
