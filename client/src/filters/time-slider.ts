// The time filter: two range inputs over the relation dates at their own precision, a label
// saying the window in words, an "include undated" toggle, and a play button that slides the
// window through the steps (undated relations hidden meanwhile). In the actors overview the
// slider steps over the server's timeline periods, drawn as a histogram above it.

import { formatPartialDate } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import type { ViewState } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { ApiError, api } from "../api/client.js";
import { overviewFilters } from "../overview/actors-overview.js";
import { periodSteps, relationDateSteps, type SliderSteps } from "./slider-steps.js";
import { createTimeHistogram } from "./time-histogram.js";

const PLAY_STEP_MS = 900;

export function mountTimeSlider(ctx: AppContext, parent: HTMLElement): { refreshDomain(): void } {
  const fromInput = h("input", { type: "range", testid: "time-from", "aria-label": "From", min: 0, max: 0, step: 1 });
  const toInput = h("input", { type: "range", testid: "time-to", "aria-label": "To", min: 0, max: 0, step: 1 });
  const label = h("p", { class: "time-label", testid: "time-label", "aria-live": "polite" });
  const play = h("button", { type: "button", testid: "time-play", class: "small", "aria-pressed": "false" }, "▶ Play");
  const undated = h("input", { type: "checkbox", testid: "filter-undated", id: "filter-undated" });
  const undatedLabel = h("label", { for: "filter-undated", class: "check" }, undated, h("span", {}, "include undated"));
  const histogram = createTimeHistogram();
  parent.append(
    histogram.element,
    h("div", { class: "time-slider" }, h("div", { class: "dual-range" }, fromInput, toInput), label),
    h("div", { class: "row" }, play, undatedLabel),
  );

  let domain: SliderSteps | null = null;
  let timer: number | undefined;
  /** The "include undated" choice Play set aside (it hides undated relations while it runs). */
  let undatedBeforePlay: boolean | null = null;

  const stopPlaying = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
    play.setAttribute("aria-pressed", "false");
    if (undatedBeforePlay !== null) ctx.store.set({ includeUndated: undatedBeforePlay });
    undatedBeforePlay = null;
  };

  const setWindow = (fromStep: number, toStep: number, also: Partial<ViewState> = {}) => {
    if (!domain) return;
    const a = Math.min(fromStep, toStep);
    const b = Math.max(fromStep, toStep);
    const full = a === 0 && b === domain.steps - 1;
    ctx.store.set({ ...also, from: full ? null : domain.dateAt(a), to: full ? null : domain.dateAt(b) });
  };

  fromInput.addEventListener("input", () => {
    stopPlaying();
    setWindow(Number(fromInput.value), Number(toInput.value));
  });
  toInput.addEventListener("input", () => {
    stopPlaying();
    setWindow(Number(fromInput.value), Number(toInput.value));
  });
  undated.addEventListener("change", () => {
    // The user's choice wins over the one Play set aside.
    undatedBeforePlay = null;
    stopPlaying();
    ctx.store.set({ includeUndated: undated.checked });
  });

  play.addEventListener("click", () => {
    if (timer !== undefined || !domain) return stopPlaying();
    const d = domain;
    const s = ctx.store.get();
    let from = d.stepOf(s.from, "from");
    let to = d.stepOf(s.to, "to");
    // From the full range Play shows one step at a time, each once; a narrowed window slides
    // as it is, from the start again when it already reached the end.
    if (from === 0 && to === d.steps - 1) {
      to = 0;
    } else if (to >= d.steps - 1) {
      to -= from;
      from = 0;
    }
    undatedBeforePlay = s.includeUndated;
    setWindow(from, to, { includeUndated: false });
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-pressed", "true");
    timer = window.setInterval(() => {
      const next = d.advance(from, to);
      if (!next) return stopPlaying();
      [from, to] = next;
      setWindow(from, to);
    }, PLAY_STEP_MS);
  });

  const update = () => {
    const s = ctx.store.get();
    undated.checked = s.includeUndated;
    if (!domain) {
      label.textContent = "No dated relations";
      fromInput.disabled = toInput.disabled = play.disabled = true;
      return;
    }
    fromInput.disabled = toInput.disabled = play.disabled = false;
    fromInput.max = toInput.max = String(domain.steps - 1);
    const fromStep = domain.stepOf(s.from, "from");
    const toStep = domain.stepOf(s.to, "to");
    fromInput.value = String(fromStep);
    toInput.value = String(toStep);
    fromInput.setAttribute("aria-valuetext", formatPartialDate(domain.dateAt(fromStep)));
    toInput.setAttribute("aria-valuetext", formatPartialDate(domain.dateAt(toStep)));
    // The window's own dates (a link may hold dates between steps), each at its precision.
    const f = formatPartialDate(s.from ?? domain.dateAt(0));
    const t = formatPartialDate(s.to ?? domain.dateAt(domain.steps - 1));
    const span = s.from || s.to ? (f === t ? f : `${f} – ${t}`) : `All dates (${f} – ${t})`;
    label.textContent = `${span}${domain.undated ? ` · ${domain.undated} undated ${s.includeUndated ? "shown" : "hidden"}` : ""}`;
  };

  let timelineRequest = 0;
  /** The overview's steps are the server's timeline periods (under the filters other than time). */
  const loadTimeline = async () => {
    const mine = ++timelineRequest;
    try {
      const timeline = await api.timeline(overviewFilters(ctx.store.get()));
      if (mine !== timelineRequest || ctx.graph.drawnView !== "overview") return;
      domain = periodSteps(timeline);
      histogram.show(timeline);
    } catch (error) {
      if (mine !== timelineRequest) return;
      domain = null;
      histogram.show(null);
      label.textContent = `Timeline unavailable: ${error instanceof ApiError ? error.message : String(error)}`;
      return;
    }
    update();
  };

  const refreshDomain = () => {
    if (ctx.graph.drawnView === "overview") return void loadTimeline();
    timelineRequest++;
    histogram.show(null);
    const dates: (string | null)[] = [];
    ctx.graph.data.forEachEdge((_e, a) => dates.push(a.date));
    domain = relationDateSteps(dates);
    update();
  };
  ctx.store.subscribe(update);
  return { refreshDomain };
}
