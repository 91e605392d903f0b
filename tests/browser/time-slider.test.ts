// Issue 13, analyst item 4: the detailed view's time slider steps over the dates the relations
// carry, at their own precision. Play visits each step once, in order, hiding undated relations,
// and ends with the "include undated" choice restored.

import type { Page } from "playwright-core";
import { formatPartialDate, partialDateSpan, precisionOf } from "../../graph-schema/index.js";
import { relationBetween, relationIds, sorted } from "./support/corpus.js";
import { showFilters, viewState, visibleEdges } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

/** Play's pace (one step per tick) with room for a slow machine; a month-by-month slider runs out of it. */
const PLAY_MS_PER_STEP = 900;
const PLAY_SLACK_MS = 8_000;

interface PlayedStep {
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  /** The relations drawn at the end of the step (the last sample before the window moved on). */
  edges: string[];
}

/** Presses Play and samples the window and the drawn relations in the page until Play ends or time runs out. */
function recordPlay(page: Page, budgetMs: number) {
  return page.evaluate(async (budget) => {
    const hooks = window.__actorgraph;
    const play = document.querySelector<HTMLButtonElement>('[data-testid="time-play"]')!;
    const steps: PlayedStep[] = [];
    play.click();
    const deadline = performance.now() + budget;
    while (play.getAttribute("aria-pressed") === "true" && performance.now() < deadline) {
      const s = hooks.state();
      const sample = { from: s.from, to: s.to, includeUndated: s.includeUndated, edges: hooks.visibleEdges().sort() };
      const last = steps[steps.length - 1];
      if (last && last.from === s.from && last.to === s.to) steps[steps.length - 1] = sample;
      else steps.push(sample);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { steps, ended: play.getAttribute("aria-pressed") === "false" };
  }, budgetMs);
}

test("Play visits the relations' own dates once each, the two February days apart, undated hidden, and ends", async () => {
  const { dataset } = suite.server;
  const { relations } = dataset;
  const call = relationBetween(dataset, "CALLED", "donald-trump", "vladimir-putin");
  const meeting = relationBetween(dataset, "MET", "marco-rubio", "sergei-lavrov");
  // The corpus dates the call and the Riyadh meeting to different days.
  expect([call.date, meeting.date].map((d) => d && precisionOf(d))).toEqual(["day", "day"]);
  expect(call.date).not.toBe(meeting.date);
  const undated = relationIds(relations.filter((r) => r.date === null));
  expect(undated.length).toBeGreaterThan(0);
  const dates = new Set(relations.flatMap((r) => (r.date ? [r.date] : [])));

  const page = await suite.open("/");
  await showFilters(page);
  expect(await visibleEdges(page)).toEqual(expect.arrayContaining(undated));
  const { steps, ended } = await recordPlay(page, dates.size * PLAY_MS_PER_STEP + PLAY_SLACK_MS);
  expect(ended).toBe(true);

  // One date per step, each a date some relation carries, each visited once, in chronological order.
  const visited = steps.map((s) => s.from);
  for (const step of steps) expect(step.to).toBe(step.from);
  expect(visited.every((d) => d !== null && dates.has(d))).toBe(true);
  expect(new Set(visited).size).toBe(visited.length);
  const starts = visited.map((d) => partialDateSpan(d!)!.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  // Every step changes what is drawn.
  for (let i = 1; i < steps.length; i++) expect(steps[i]!.edges).not.toEqual(steps[i - 1]!.edges);

  // The 12 Feb call and the 18 Feb meeting each have their own step, without the other.
  expect(visited).toEqual(expect.arrayContaining([call.date, meeting.date]));
  const callStep = steps.find((s) => s.from === call.date)!;
  const meetingStep = steps.find((s) => s.from === meeting.date)!;
  expect(callStep.edges).toContain(call.id);
  expect(callStep.edges).not.toContain(meeting.id);
  expect(meetingStep.edges).toContain(meeting.id);
  expect(meetingStep.edges).not.toContain(call.id);

  // Undated relations are hidden while Play runs.
  for (const step of steps) {
    expect(step.includeUndated).toBe(false);
    expect(step.edges.filter((id) => undated.includes(id))).toEqual([]);
  }

  // After the last step the "include undated" choice is back, and so are the undated relations.
  const after = await viewState(page);
  expect(after.includeUndated).toBe(true);
  expect(after.from).toBe(visited[visited.length - 1]);
  expect(await page.getByTestId("filter-undated").isChecked()).toBe(true);
  expect(sorted(await visibleEdges(page))).toEqual(expect.arrayContaining(undated));
});

test("the slider's label names a step at its own precision", async () => {
  const { dataset } = suite.server;
  const call = relationBetween(dataset, "CALLED", "donald-trump", "vladimir-putin");
  const page = await suite.open(`/?from=${call.date}&to=${call.date}`);
  await showFilters(page);
  // The day ("12 Feb 2025"), not its month: the slider has a step for that very date.
  const day = formatPartialDate(call.date!);
  expect(await page.getByTestId("time-label").textContent()).toMatch(new RegExp(`^${day}\\b`));
  expect(await page.getByTestId("time-from").getAttribute("aria-valuetext")).toBe(day);
  expect(await page.getByTestId("time-to").getAttribute("aria-valuetext")).toBe(day);
});
