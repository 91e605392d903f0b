// The keyboard-shortcut help dialog behind the "?" button.

import { h } from "./dom.js";

const SHORTCUTS: [string, string][] = [
  ["/", "focus the search box"],
  ["↑ ↓ Enter", "move through suggestions and choose one"],
  ["Escape", "clear the selection, path or query graph; close dialogs"],
  ["+ / −", "zoom in / out"],
  ["0", "reset the camera"],
  ["f", "show or hide the filters"],
  ["Ctrl+Enter", "run the Cypher query (in the editor)"],
];

export function mountHelp(button: HTMLButtonElement): void {
  const dialog = h(
    "dialog",
    { class: "help-dialog", "aria-labelledby": "help-heading" },
    h("h2", { id: "help-heading" }, "Keyboard shortcuts"),
    h("dl", { class: "shortcuts" }, ...SHORTCUTS.flatMap(([k, v]) => [h("dt", {}, h("kbd", {}, k)), h("dd", {}, v)])),
    h("form", { method: "dialog" }, h("button", { type: "submit" }, "Close")),
  );
  document.body.append(dialog);
  button.addEventListener("click", () => dialog.showModal());
}
