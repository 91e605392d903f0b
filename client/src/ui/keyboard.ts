// Global keyboard shortcuts: "/" search, Escape clears, +/- zoom, 0 reset camera, f filters,
// "?" help.
// Keys typed into a field (or the Cypher editor) are left to that field.

export interface KeyboardActions {
  focusSearch(): void;
  escape(): void;
  zoomIn(): void;
  zoomOut(): void;
  resetCamera(): void;
  toggleFilters(): void;
  showHelp(): void;
}

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    !!target.closest(".cm-editor")
  );
}

export function installKeyboard(actions: KeyboardActions): void {
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape") {
      if (document.querySelector("dialog[open]")) return;
      actions.escape();
      return;
    }
    if (typingInField(e.target)) return;
    const run: Record<string, () => void> = {
      "/": actions.focusSearch,
      "+": actions.zoomIn,
      "=": actions.zoomIn,
      "-": actions.zoomOut,
      "0": actions.resetCamera,
      f: actions.toggleFilters,
      "?": actions.showHelp,
    };
    const action = run[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  });
}
