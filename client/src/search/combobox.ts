// An accessible entity autocomplete (ARIA combobox + listbox) over the API's name and alias
// search; used by the main search box and by both ends of the path finder.

import { api, ApiError } from "../api/client.js";
import { entityColour } from "../appearance/palette.js";
import { debounce, h } from "../ui/dom.js";
import { formatSearchOption, type SearchOptionView } from "./options.js";

export interface EntityComboboxOptions {
  testid: string;
  label: string;
  placeholder: string;
  onChoose: (option: SearchOptionView) => void;
}

export interface EntityCombobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The entity currently chosen (by picking an option), if any. */
  chosen(): SearchOptionView | null;
  setChosen(option: SearchOptionView | null): void;
  focus(): void;
}

let comboboxCount = 0;

export function createEntityCombobox(opts: EntityComboboxOptions): EntityCombobox {
  const n = ++comboboxCount;
  const listId = `combobox-list-${n}`;
  const input = h("input", {
    type: "search",
    testid: opts.testid,
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "aria-label": opts.label,
    placeholder: opts.placeholder,
    autocomplete: "off",
    spellcheck: "false",
  });
  const list = h("ul", {
    id: listId,
    role: "listbox",
    class: "combobox-list",
    "aria-label": `${opts.label} suggestions`,
  });
  list.hidden = true;
  const element = h("div", { class: "combobox" }, input, list);
  let options: SearchOptionView[] = [];
  let active = -1;
  let chosen: SearchOptionView | null = null;
  let requestId = 0;

  const close = () => {
    // Options leave the DOM with the popup, so only the open list's options can be found.
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    const li = list.children[index] as HTMLElement | undefined;
    if (li) {
      input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    }
  };

  const choose = (option: SearchOptionView) => {
    chosen = option;
    input.value = option.name;
    close();
    opts.onChoose(option);
  };

  const render = (message?: string) => {
    list.replaceChildren();
    if (message) list.append(h("li", { class: "combobox-empty", role: "presentation" }, message));
    options.forEach((o, i) => {
      const li = h(
        "li",
        {
          id: `${listId}-${i}`,
          role: "option",
          testid: "search-option",
          "aria-selected": "false",
          "aria-label": o.accessibleText,
          onmousedown: (e: Event) => e.preventDefault(),
          onclick: () => choose(o),
        },
        h("span", { class: "dot", style: `background:${entityColour(o.type)}` }),
        h("span", { class: "option-name" }, o.name),
        o.matchedAlias ? h("span", { class: "option-alias" }, `matched “${o.matchedAlias}”`) : null,
        h("span", { class: "option-type" }, o.type),
      );
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (options.length > 0) setActive(0);
  };

  const search = debounce(async (q: string) => {
    const id = ++requestId;
    try {
      const result = await api.search(q);
      if (id !== requestId) return;
      options = result.items.map((hit) => formatSearchOption(hit, q));
      render(options.length === 0 ? `No entity matches “${q}”` : undefined);
    } catch (error) {
      if (id !== requestId) return;
      options = [];
      render(`Search failed: ${error instanceof ApiError ? error.message : String(error)}`);
    }
  }, 120);

  input.addEventListener("input", () => {
    chosen = null;
    const q = input.value.trim();
    if (!q) {
      requestId++;
      options = [];
      close();
      return;
    }
    search(q);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && options.length > 0) {
      e.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % options.length);
    } else if (e.key === "ArrowUp" && options.length > 0) {
      e.preventDefault();
      setActive((active - 1 + options.length) % options.length);
    } else if (e.key === "Enter") {
      const option = options[active];
      if (!list.hidden && option) {
        e.preventDefault();
        choose(option);
      }
    } else if (e.key === "Escape" && !list.hidden) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));

  return {
    element,
    input,
    chosen: () => chosen,
    setChosen(option) {
      chosen = option;
      input.value = option?.name ?? "";
    },
    focus: () => input.focus(),
  };
}
