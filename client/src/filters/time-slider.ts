// The time filter: two range inputs over the relation dates (partial dates count as spans),
// a label saying the window in words, an "include undated" toggle, and a play button that
// slides the window through time. In the actors overview the slider steps over the server's
// timeline periods, drawn as a histogram above it.

import { formatPartialDate } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { h } from "../ui/dom.js";
import { timeDomain } from "./time-domain.js";
import { ApiError, api } from "../api/client.js";
import { overviewFilters } from "../overview/actors-overview.js";
import { domainSteps, periodSteps, type SliderSteps } from "./slider-steps.js";
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

  const stopPlaying = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
    play.setAttribute("aria-pressed", "false");
  };

  const setWindow = (fromStep: number, toStep: number) => {
    if (!domain) return;
    const a = Math.min(fromStep, toStep);
    const b = Math.max(fromStep, toStep);
    const full = a === 0 && b === domain.steps - 1;
    ctx.store.set({ from: full ? null : domain.dateAt(a), to: full ? null : domain.dateAt(b) });
  };

  fromInput.addEventListener("input", () => {
    stopPlaying();
    setWindow(Number(fromInput.value), Number(toInput.value));
  });
  toInput.addEventListener("input", () => {
    stopPlaying();
    setWindow(Number(fromInput.value), Number(toInput.value));
  });
  undated.addEventListener("change", () => ctx.store.set({ undated: undated.checked }));

  play.addEventListener("click", () => {
    if (timer !== undefined || !domain) return stopPlaying();
    const d = domain;
    let from = d.stepOf(ctx.store.get().from, "from");
    let to = d.stepOf(ctx.store.get().to, "to");
    // From the full range, play a window of about a quarter of it, starting at the beginning.
    if (from === 0 && to === d.steps - 1) {
      to = Math.max(0, Math.ceil(d.steps / 4) - 1);
    } else if (to >= d.steps - 1) {
      to -= from;
      from = 0;
    }
    setWindow(from, to);
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
    undated.checked = s.undated;
    if (!domain) {
      label.textContent = "No dated relations";
      fromInput.disabled = toInput.disabled = play.disabled = true;
      return;
    }
    fromInput.disabled = toInput.disabled = play.disabled = false;
    fromInput.max = toInput.max = String(domain.steps - 1);
    fromInput.value = String(domain.stepOf(s.from, "from"));
    toInput.value = String(domain.stepOf(s.to, "to"));
    const f = formatPartialDate(domain.dateAt(Number(fromInput.value)));
    const t = formatPartialDate(domain.dateAt(Number(toInput.value)));
    const span = s.from || s.to ? `${f} – ${t}` : `All dates (${f} – ${t})`;
    label.textContent = `${span}${domain.undated ? ` · ${domain.undated} undated ${s.undated ? "shown" : "hidden"}` : ""}`;
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
    const local = timeDomain(dates);
    domain = local ? domainSteps(local) : null;
    update();
  };
  ctx.store.subscribe(update);
  return { refreshDomain };
}
