// Keeps the address bar in step with the view state (replaceState, debounced) so any moment of
// exploration is a link; `flush` writes at once (before "share" copies the link).

import { encodeViewState } from "../state/url-state.js";
import type { Store } from "../state/store.js";
import type { ViewState } from "../state/view-state.js";

const DEBOUNCE_MS = 250;

export function syncUrl(store: Store<ViewState>): { flush(): void } {
  let timer: number | undefined;
  const write = () => {
    window.clearTimeout(timer);
    timer = undefined;
    const query = encodeViewState(store.get());
    const next = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, "", next);
    }
  };
  store.subscribe(() => {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, DEBOUNCE_MS);
  });
  return { flush: write };
}
