// What every panel is given: the view-state store, the graph view, the reference data, the
// status line, and the shared actions (select, reload) that more than one panel triggers.

import type { GraphController } from "./graph/controller.js";
import type { Catalog } from "./state/catalog.js";
import type { Store } from "./state/store.js";
import type { ViewState } from "./state/view-state.js";
import type { StatusLine } from "./ui/status.js";

export interface AppContext {
  store: Store<ViewState>;
  graph: GraphController;
  catalog: Catalog;
  status: StatusLine;
  /** Selects an entity id or `e:<relationId>` (null clears); `fly` moves the camera to it. */
  select(sel: string | null, opts?: { fly?: boolean }): void;
  /** Reloads the overview (after an article was added) and restores expansions. */
  reload(): Promise<void>;
  /** Shows which part of the side panel is in use: "selection", "article", "path" or "ingest". */
  showDetails(tab: "selection" | "article"): void;
}

/**
 * The display name of an entity: from the names the server sent with the answer being shown
 * (`named`), else from the graph when it is loaded there, else its id.
 */
export function entityName(ctx: AppContext, id: string, named?: ReadonlyMap<string, string>): string {
  const sent = named?.get(id);
  if (sent !== undefined) return sent;
  const g = ctx.graph.data;
  return g.hasNode(id) ? g.getNodeAttribute(id, "label") : id;
}
