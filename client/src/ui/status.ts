// The aria-live status line under the graph: what is loading, what is empty, what failed.
// Messages carry a tone so errors look like errors; actions (e.g. "reset filters") are buttons.

import { h } from "./dom.js";

export type Tone = "info" | "loading" | "empty" | "error" | "ok";

export interface StatusLine {
  show(message: string, tone?: Tone, action?: { label: string; run: () => void }): void;
  clear(): void;
}

export function createStatusLine(el: HTMLElement): StatusLine {
  return {
    show(message, tone = "info", action) {
      el.dataset.tone = tone;
      el.replaceChildren(h("span", {}, message));
      if (action)
        el.append(" ", h("button", { type: "button", class: "link", onclick: () => action.run() }, action.label));
      el.hidden = false;
    },
    clear() {
      el.replaceChildren();
      el.dataset.tone = "info";
      el.hidden = true;
    },
  };
}

/** Short-lived confirmation at the bottom of the screen ("Link copied"). */
export function toast(message: string): void {
  const el = h("div", { class: "toast", role: "status" }, message);
  document.body.append(el);
  window.setTimeout(() => el.remove(), 2600);
}
