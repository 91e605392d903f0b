// window.__actorgraph: read-only hooks for browser tests and benchmarks (see the explorer
// contract): readiness, the drawn graph and renderer, the view state, what is visible/highlighted.

import type Sigma from "sigma";
import type { GraphController } from "./graph/controller.js";
import { edgeViewportPosition, nodeViewportPosition } from "./graph/camera.js";
import type { Store } from "./state/store.js";
import type { ViewState } from "./state/view-state.js";
import type { DrawnLabel } from "./graph/label-placement.js";

export interface Timings {
  firstRenderMs?: number;
  layoutMs?: number;
  loadMs?: number;
}

export interface ActorgraphHooks {
  ready: Promise<void>;
  readonly graph: unknown;
  readonly renderer: Sigma | undefined;
  state(): ViewState;
  layoutDone(): Promise<{ ms: number }>;
  visibleNodes(): string[];
  visibleEdges(): string[];
  highlightedNodes(): string[];
  highlightedEdges(): string[];
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  edgeViewportPosition(id: string): { x: number; y: number } | null;
  /** The entity labels the last frame drew, with their text boxes in the viewport. */
  drawnLabels(): DrawnLabel[];
  timings: Timings;
}

declare global {
  interface Window {
    __actorgraph: ActorgraphHooks;
  }
}

export function installHooks(
  store: Store<ViewState>,
  ready: Promise<void>,
  timings: Timings,
): (graph: GraphController) => void {
  let controller: GraphController | null = null;
  const hooks: ActorgraphHooks = {
    ready,
    get graph() {
      return controller?.shown;
    },
    get renderer() {
      return controller?.renderer;
    },
    state: () => store.get(),
    layoutDone: async () => {
      await ready;
      return controller ? controller.whenLayoutDone() : { ms: 0 };
    },
    visibleNodes: () => (controller ? [...controller.visibility.nodes] : []),
    visibleEdges: () => (controller ? [...controller.visibility.edges] : []),
    highlightedNodes: () =>
      controller?.focus ? [...controller.focus.nodes].filter((id) => controller!.visibility.nodes.has(id)) : [],
    highlightedEdges: () =>
      controller?.focus ? [...controller.focus.edges].filter((id) => controller!.visibility.edges.has(id)) : [],
    nodeViewportPosition: (id) => (controller ? nodeViewportPosition(controller.renderer, id) : null),
    edgeViewportPosition: (id) => (controller ? edgeViewportPosition(controller.renderer, id) : null),
    drawnLabels: () => (controller ? controller.drawnLabels() : []),
    timings,
  };
  Object.defineProperty(window, "__actorgraph", { value: hooks, configurable: false, writable: false });
  return (graph) => {
    controller = graph;
  };
}
