// Keeps the address bar in step with the view state (debounced) so any moment of exploration is
// a link. A step along the trail (another selection, path, expansion or query graph) is a new
// history entry, so Back and Forward walk the trail; other changes (camera, filters, typing)
// replace the current entry. `flush` writes at once (before "share" copies the link).

import { decodeViewState, encodeViewState } from "../state/url-state.js";
import type { Store } from "../state/store.js";
import type { ViewState } from "../state/view-state.js";

const DEBOUNCE_MS = 250;

/** View-state fields whose change is a step of the trail (a new history entry). */
export const TRAIL_KEYS = ["sel", "path", "expanded", "qgraph", "view"] as const satisfies readonly (keyof ViewState)[];

export function isTrailStep(state: ViewState, written: ViewState): boolean {
  return TRAIL_KEYS.some((k) => JSON.stringify(state[k]) !== JSON.stringify(written[k]));
}

/**
 * `navigate` is called with the state of an entry that Back or Forward returned to; it applies
 * it to the view (the store changes it makes replace that entry, they do not push).
 */
export function syncUrl(store: Store<ViewState>, navigate: (state: ViewState) => void): { flush(): void } {
  let timer: number | undefined;
  /** The state the current history entry was written from. */
  let written = store.get();
  const write = () => {
    window.clearTimeout(timer);
    timer = undefined;
    const state = store.get();
    const query = encodeViewState(state);
    const next = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (isTrailStep(state, written)) window.history.pushState(null, "", next);
      else window.history.replaceState(null, "", next);
    }
    written = state;
  };
  store.subscribe(() => {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, DEBOUNCE_MS);
  });
  window.addEventListener("popstate", () => {
    window.clearTimeout(timer);
    written = decodeViewState(window.location.search);
    navigate(written);
  });
  return { flush: write };
}
