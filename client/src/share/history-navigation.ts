// Back and Forward: applies the view state of the history entry returned to — filters and
// appearance as they were, then the selection, path, expansions and query graph of that step.

import type { AppContext } from "../app-context.js";
import { EXPAND_CAP } from "../details/entity-view.js";
import type { ViewState } from "../state/view-state.js";

export interface NavigationTargets {
  showPath(path: [string, string] | null): void;
  showQueryGraph(): void;
  clearQueryGraph(): void;
}

export function applyViewState(ctx: AppContext, targets: NavigationTargets, next: ViewState): void {
  const current = ctx.store.get();
  // The overview's size (limit) and the camera stay as they are: moving along the trail does not reload.
  const { sel, path, expanded, qgraph, cam: _cam, limit: _limit, ...rest } = next;
  ctx.store.set(rest);
  for (const id of expanded) if (!current.expanded.includes(id)) void ctx.graph.expand(id, EXPAND_CAP);
  ctx.store.set({ expanded });
  if (sel !== current.sel) ctx.select(sel, { fly: true });
  if (JSON.stringify(path) !== JSON.stringify(current.path)) targets.showPath(path);
  if (qgraph && !current.qgraph) targets.showQueryGraph();
  if (!qgraph && current.qgraph) targets.clearQueryGraph();
}
