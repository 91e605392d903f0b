// The explorer's test hooks (`window.__actorgraph`) as the contract describes them, typed for
// the functions that tests and the browser benchmark pass to page.evaluate.

import type { AbstractGraph } from "graphology-types";
import type Sigma from "sigma";
import type { ViewState } from "../../../client/src/state/view-state.js";

/** The serialisable view state the URL encodes: the explorer's own type, so a renamed field fails to compile here. */
export type { ViewState };

export interface ViewportPoint {
  x: number;
  y: number;
}

export interface DrawnLabel {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ExplorerTimings {
  firstRenderMs?: number;
  layoutMs?: number;
  loadMs?: number;
}

export interface ActorgraphHooks {
  ready: Promise<void>;
  graph: AbstractGraph;
  renderer: Sigma;
  state(): ViewState;
  layoutDone(): Promise<{ ms: number }>;
  visibleNodes(): string[];
  visibleEdges(): string[];
  highlightedNodes(): string[];
  highlightedEdges(): string[];
  /** null when the node or edge is not drawn. */
  nodeViewportPosition(id: string): ViewportPoint | null;
  edgeViewportPosition(id: string): ViewportPoint | null;
  /** The entity labels the last frame drew, with their text boxes in the graph's viewport. */
  drawnLabels(): DrawnLabel[];
  timings: ExplorerTimings;
}

declare global {
  interface Window {
    __actorgraph: ActorgraphHooks;
  }
}
