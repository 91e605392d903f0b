// Share and export buttons: copy the view's link, and download what is shown as PNG (sigma's
// image export), GEXF (the server's writer, with the view's positions, sizes and colours) or
// JSON (the server's writer, as /api/export writes it), each respecting the filters.

import { downloadAsPNG } from "@sigma/export-image";
import { writeGexf } from "../../../server/export/gexf-export.js";
import { writeJson } from "../../../server/export/json-export.js";
import type { AppContext } from "../app-context.js";
import { download } from "../ui/dom.js";
import { toast } from "../ui/status.js";
import { drawnSubgraph, shownSubgraph } from "./shown-graph.js";

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (e.g. plain http): fall back to a selected text field.
    const field = document.createElement("textarea");
    field.value = text;
    document.body.append(field);
    field.select();
    const ok = document.execCommand("copy");
    field.remove();
    return ok;
  }
}

export function mountShareAndExport(ctx: AppContext, flushUrl: () => void, root: ParentNode): void {
  const button = (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
  button("share").addEventListener("click", async () => {
    flushUrl();
    const ok = await copyText(window.location.href);
    toast(ok ? "Link to this view copied" : `Copy this link: ${window.location.href}`);
  });
  button("export-png").addEventListener("click", async () => {
    try {
      await downloadAsPNG(ctx.graph.renderer, { fileName: `actorgraph-${stamp()}`, backgroundColor: "#ffffff" });
    } catch (error) {
      ctx.status.show(`PNG export failed: ${String(error)}`, "error");
    }
  });
  button("export-gexf").addEventListener("click", () => {
    const scene = ctx.graph.sceneForExport();
    const shown = shownSubgraph(ctx.graph.shown, scene);
    const { subgraph, drawing } = drawnSubgraph(shown, scene);
    const xml = writeGexf(subgraph, "1.2", drawing);
    download(`actorgraph-${stamp()}.gexf`, new Blob([xml], { type: "application/xml" }));
    toast(`GEXF: ${shown.order} entities, ${shown.size} relations (as shown)`);
  });
  button("export-json").addEventListener("click", () => {
    const scene = ctx.graph.sceneForExport();
    const shown = shownSubgraph(ctx.graph.shown, scene);
    const { subgraph } = drawnSubgraph(shown, scene);
    const json = writeJson(subgraph);
    download(`actorgraph-${stamp()}.json`, new Blob([json], { type: "application/json" }));
    toast(`JSON: ${shown.order} entities, ${shown.size} relations (as shown)`);
  });
}
