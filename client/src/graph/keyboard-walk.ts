// Walking the graph from the keyboard: with the graph focused, Enter selects the best-connected
// shown entity when nothing is selected, and the arrow keys move the selection to the shown
// neighbour lying most in that direction on screen. Each step is announced for screen readers.

import type { AppContext } from "../app-context.js";
import { nodeViewportPosition } from "./camera.js";
import { parseSelection } from "../state/view-state.js";
import { ARROW_DIRECTIONS, neighbourInDirection } from "./direction.js";

/** The entity the walk starts from: the selected one (or a selected relation's source). */
function currentEntity(ctx: AppContext): string | null {
  const sel = parseSelection(ctx.store.get().sel);
  const graph = ctx.graph.shown;
  if (sel?.kind === "entity" && graph.hasNode(sel.id)) return sel.id;
  if (sel?.kind === "relation" && graph.hasEdge(sel.id)) return graph.source(sel.id);
  return null;
}

function bestConnected(ctx: AppContext): string | null {
  const { nodes, edges } = ctx.graph.visibility;
  const graph = ctx.graph.shown;
  let best: { id: string; degree: number } | null = null;
  for (const id of nodes) {
    const degree = graph.edges(id).filter((e) => edges.has(e)).length;
    if (!best || degree > best.degree || (degree === best.degree && id < best.id)) best = { id, degree };
  }
  return best?.id ?? null;
}

function shownNeighbours(ctx: AppContext, id: string): string[] {
  const { nodes, edges } = ctx.graph.visibility;
  const graph = ctx.graph.shown;
  const found = new Set<string>();
  graph.forEachEdge(id, (edge, _a, source, target) => {
    if (!edges.has(edge)) return;
    const other = source === id ? target : source;
    if (other !== id && nodes.has(other)) found.add(other);
  });
  return [...found];
}

function describe(ctx: AppContext, id: string): string {
  const a = ctx.graph.shown.getNodeAttributes(id);
  const count = shownNeighbours(ctx, id).length;
  return `${a.label}, ${a.entityType}: ${count} neighbour${count === 1 ? "" : "s"} shown. Arrow keys move to a neighbour.`;
}

export function installGraphWalk(ctx: AppContext, region: HTMLElement, announcer: HTMLElement): void {
  const go = (id: string) => {
    ctx.select(id, { fly: true });
    announcer.textContent = describe(ctx, id);
  };
  region.addEventListener("keydown", (event) => {
    if (event.target !== region || event.ctrlKey || event.metaKey || event.altKey) return;
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction && event.key !== "Enter") return;
    event.preventDefault();
    const current = currentEntity(ctx);
    if (!current) {
      const start = bestConnected(ctx);
      if (start) go(start);
      return;
    }
    if (!direction) return go(current);
    const from = nodeViewportPosition(ctx.graph.renderer, current);
    if (!from) return;
    const candidates = shownNeighbours(ctx, current).flatMap((id) => {
      const at = nodeViewportPosition(ctx.graph.renderer, id);
      return at ? [{ id, at }] : [];
    });
    const next = neighbourInDirection(from, candidates, direction);
    if (next) go(next);
    else announcer.textContent = `No neighbour of ${ctx.graph.shown.getNodeAttribute(current, "label")} that way.`;
  });
}
