// An imported event (GDELT, ICEWS) shown as evidence: dataset and id, date, CAMEO code and
// label, Goldstein, QuadClass, the actors as the dataset coded them, counts, tone, place, and
// its source — a link only for http(s) URLs, else ICEWS's publisher and story id.

import { QUAD_CLASS_FAMILY, type EventEvidence, type QuadClass } from "../../../graph-schema/index.js";
import { familyColour } from "../appearance/palette.js";
import { h } from "../ui/dom.js";

/** The URL when it is an absolute http(s) URL (anything else, e.g. javascript:, is not linked). */
export function safeSourceUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const num = (n: number | null, digits = 0) =>
  n === null ? "—" : n.toLocaleString("en", { maximumFractionDigits: digits });

const count = (n: number | null, one: string) => `${num(n)} ${n === 1 ? one : `${one}s`}`;

function fact(term: string, value: Node | string): HTMLElement[] {
  return [h("dt", {}, term), h("dd", {}, value)];
}

/** Where the event was reported: a link to the article, or publisher and story id, or the raw text. */
export function eventSource(e: EventEvidence): Node | string {
  const url = safeSourceUrl(e.url);
  if (url)
    return h(
      "a",
      { href: url, target: "_blank", rel: "noopener noreferrer", testid: "event-link", class: "event-link" },
      new URL(url).hostname,
    );
  const parts = [e.publisher, e.storyId ? `story ${e.storyId}` : null, e.url].filter((p): p is string => !!p);
  return parts.length ? parts.join(" · ") : "—";
}

export function eventEvidenceItem(e: EventEvidence): HTMLElement {
  const family = QUAD_CLASS_FAMILY[e.quadClass as QuadClass];
  return h(
    "li",
    { testid: "evidence-item", class: "evidence-item event-row" },
    h(
      "p",
      { testid: "event-row", class: "event-head" },
      h("strong", {}, `${e.dataset.toUpperCase()} ${e.date}`),
      ` · CAMEO ${e.cameo} ${e.label}`,
    ),
    h(
      "dl",
      { class: "facts event-facts" },
      ...fact("Actors", `${e.sourceActor} → ${e.targetActor}`),
      ...fact("Goldstein", num(e.goldstein, 1)),
      ...fact(
        "QuadClass",
        h(
          "span",
          {},
          family ? h("span", { class: "swatch", style: `background:${familyColour(family)}` }) : null,
          ` ${e.quadClass}${family ? ` (${family.replace("-", " ")})` : ""}`,
        ),
      ),
      ...fact(
        "Mentions",
        [count(e.mentions, "mention"), count(e.sources, "source"), count(e.articles, "article")].join(" · "),
      ),
      ...fact("Tone", num(e.tone, 2)),
      ...(e.place ? fact("Place", e.place) : []),
      ...fact("Source", eventSource(e)),
      ...fact("Event id", e.eventId),
    ),
  );
}
