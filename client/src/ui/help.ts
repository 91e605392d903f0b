// The keyboard-shortcut help dialog behind the "?" button (and the "?" key).

import { h } from "./dom.js";

const SHORTCUTS: [string, string][] = [
  ["/", "focus the search box"],
  ["↑ ↓ Enter", "move through suggestions and choose one"],
  ["Escape", "clear the selection, path or query graph; close dialogs"],
  ["+ / −", "zoom in / out"],
  ["0", "reset the camera"],
  ["f", "show or hide the filters"],
  ["Ctrl+Enter", "run the Cypher query (in the editor or the parameters)"],
  ["Enter, ← ↑ → ↓", "in the graph: select an entity, then move to the neighbour that way"],
  ["Tab", "first stops: skip links to search, the graph and the details"],
  ["?", "this help"],
];

/** Mounts the dialog; returns the function that opens it. */
export function mountHelp(button: HTMLButtonElement): () => void {
  const dialog = h(
    "dialog",
    { class: "help-dialog", "aria-labelledby": "help-heading" },
    h("h2", { id: "help-heading" }, "Keyboard shortcuts"),
    h("dl", { class: "shortcuts" }, ...SHORTCUTS.flatMap(([k, v]) => [h("dt", {}, h("kbd", {}, k)), h("dd", {}, v)])),
    h("form", { method: "dialog" }, h("button", { type: "submit" }, "Close")),
  );
  document.body.append(dialog);
  const open = () => {
    if (!dialog.open) dialog.showModal();
  };
  button.addEventListener("click", open);
  return open;
}
