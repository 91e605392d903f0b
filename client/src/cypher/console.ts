// The Cypher console dock: editor, JSON parameters, run (Ctrl+Enter), examples, history kept in
// localStorage, the result table, clear errors, and "show as graph" replacing the main view.

import type { CypherExample } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import type { CypherResponse } from "../api/schemas.js";
import { h, debounce } from "../ui/dom.js";
import { createCypherEditor } from "./editor.js";
import { explainCypherError } from "./error-hints.js";
import { addToHistory, loadHistory, parseParams, saveHistory } from "./history.js";
import { buildQueryGraph } from "./query-graph.js";
import { resultsTable } from "./results-table.js";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.status === 403) return `Refused — the console is read-only. ${error.message}`;
  if (error.status === 400) return `The query has an error. ${explainCypherError(error.message)}`;
  if (error.status === 504) return `The query ran out of time on the server. ${error.message}`;
  if (error.status === 429) return `Too many requests: wait a moment. ${error.message}`;
  return `${error.status ? `${error.status} ${error.title}: ` : ""}${error.message}`;
}

export interface CypherConsole {
  run(): Promise<void>;
  focus(): void;
  restore(): Promise<void>;
  clearGraph(): void;
}

export function mountCypherConsole(ctx: AppContext, dock: HTMLElement, banner: HTMLElement): CypherConsole {
  const editorHost = h("div", { testid: "cypher-editor", class: "cypher-editor" });
  const params = h("textarea", {
    testid: "cypher-params",
    class: "cypher-params",
    rows: 2,
    spellcheck: "false",
    "aria-label": "Query parameters (JSON object)",
    placeholder: '{"id": "russia"}',
  });
  const runButton = h(
    "button",
    { type: "button", testid: "cypher-run", class: "primary small" },
    "Run ",
    h("kbd", {}, "Ctrl+Enter"),
  );
  const showGraph = h(
    "button",
    { type: "button", testid: "cypher-show-graph", class: "small", disabled: true },
    "Show as graph",
  );
  const info = h("span", { class: "hint-inline", "aria-live": "polite" });
  const results = h("div", { class: "cypher-results", tabindex: 0, "aria-label": "Query results" });
  const historyList = h("ul", { testid: "cypher-history", class: "cypher-history", "aria-label": "Query history" });
  const examples = h("ul", { class: "cypher-examples", testid: "cypher-examples" });
  const toggle = h(
    "button",
    { type: "button", testid: "cypher-toggle", class: "link", "aria-expanded": "true", "aria-controls": "cypher-body" },
    "Hide",
  );
  const body = h(
    "div",
    { class: "dock-body", id: "cypher-body" },
    h(
      "div",
      { class: "dock-input" },
      editorHost,
      params,
      h("div", { class: "row" }, runButton, showGraph, info),
      h(
        "div",
        { class: "dock-lists" },
        h("div", {}, h("h3", {}, "Examples"), examples),
        h("div", {}, h("h3", {}, "History"), historyList),
      ),
    ),
    results,
  );
  dock.append(
    h(
      "div",
      { class: "dock-header" },
      h("h2", {}, "Cypher console"),
      h("span", { class: "hint-inline" }, "read-only"),
      toggle,
    ),
    body,
  );
  toggle.addEventListener("click", () => {
    body.hidden = !body.hidden;
    toggle.textContent = body.hidden ? "Show" : "Hide";
    toggle.setAttribute("aria-expanded", String(!body.hidden));
    dock.classList.toggle("collapsed", body.hidden);
  });

  let history = loadHistory(storage());
  let last: CypherResponse | null = null;
  const saveQuery = debounce((text: string) => ctx.store.set({ q: text }), 400);
  const editor = createCypherEditor(editorHost, ctx.store.get().q, () => void run(), saveQuery);

  const renderHistory = () => {
    historyList.replaceChildren(
      ...(history.length
        ? history.map((q) =>
            h(
              "li",
              {},
              h(
                "button",
                {
                  type: "button",
                  class: "history-item",
                  title: q,
                  onclick: () => (editor.setText(q), editor.view.focus()),
                },
                q,
              ),
            ),
          )
        : [h("li", { class: "hint" }, "Queries you run appear here.")]),
    );
  };
  const exampleItem = (ex: CypherExample) =>
    h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "example",
          title: ex.query,
          onclick: () => {
            editor.setText(ex.query);
            params.value = ex.params ? JSON.stringify(ex.params) : "";
            void run();
          },
        },
        ex.title,
      ),
    );
  // The server writes the examples in the dialect of the engine it runs.
  examples.append(h("li", { class: "hint" }, "Loading examples…"));
  api.cypherExamples().then(
    ({ items }) => examples.replaceChildren(...items.map(exampleItem)),
    (error: unknown) =>
      examples.replaceChildren(h("li", { class: "hint" }, `Examples unavailable: ${errorText(error)}`)),
  );

  const showError = (message: string) => {
    results.replaceChildren(h("p", { testid: "cypher-error", class: "error", role: "alert" }, message));
  };

  async function run(): Promise<void> {
    const query = editor.getText().trim();
    if (!query) return showError("Type a query first, or pick an example.");
    const parsed = parseParams(params.value);
    if (!parsed.ok) return showError(parsed.error);
    ctx.store.set({ q: query });
    history = addToHistory(history, query);
    saveHistory(storage(), history);
    renderHistory();
    info.textContent = "Running…";
    runButton.disabled = true;
    try {
      last = await api.cypher(query, parsed.params);
      const { columns, rows, truncated, elapsedMs, graph } = last;
      info.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"}${truncated ? " (cut by the row limit)" : ""} · ${elapsedMs} ms`;
      showGraph.disabled = graph.nodes.length === 0;
      results.replaceChildren(
        rows.length
          ? resultsTable(columns, rows, (id) => ctx.select(id, { fly: true }))
          : h("p", { class: "empty", testid: "cypher-table" }, "The query returned no rows."),
      );
      if (ctx.graph.showingQuery) showAsGraph();
    } catch (error) {
      last = null;
      showGraph.disabled = true;
      info.textContent = "";
      showError(errorText(error));
    } finally {
      runButton.disabled = false;
    }
  }

  function showAsGraph(): void {
    if (!last) return;
    const data = ctx.graph.data;
    const graph = buildQueryGraph(last.graph, (id) =>
      data.hasNode(id) ? { x: data.getNodeAttribute(id, "x"), y: data.getNodeAttribute(id, "y") } : null,
    );
    ctx.graph.showQueryGraph(graph);
    ctx.store.set({ qgraph: true });
    banner.replaceChildren(
      h("span", {}, `Showing only what the query returned: ${graph.order} nodes, ${graph.size} relationships.`),
      h(
        "button",
        { type: "button", class: "small", testid: "cypher-clear-graph", onclick: () => clearGraph() },
        "Back to the full graph",
      ),
    );
    banner.hidden = false;
  }

  function clearGraph(): void {
    ctx.graph.clearQueryGraph();
    ctx.store.set({ qgraph: false });
    banner.hidden = true;
  }

  runButton.addEventListener("click", () => void run());
  // Ctrl+Enter runs from the parameters box too, as it does from the editor.
  params.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  showGraph.addEventListener("click", showAsGraph);
  renderHistory();
  results.append(
    h(
      "p",
      { class: "hint" },
      "Run a read-only Cypher query; results appear here as a table, and can be drawn as a graph.",
    ),
  );

  return {
    run,
    focus: () => editor.view.focus(),
    clearGraph,
    async restore() {
      if (!ctx.store.get().q) return;
      const wantGraph = ctx.store.get().qgraph;
      await run();
      if (wantGraph && last) showAsGraph();
    },
  };
}
