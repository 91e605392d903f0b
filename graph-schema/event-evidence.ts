// An imported event (GDELT, ICEWS) kept whole as evidence of the relation it was aggregated into:
// its dataset and id, date, exact CAMEO code and label, Goldstein, QuadClass, counts, tone, place, source.

import { z } from "zod";

export const EVENT_DATASETS = ["gdelt", "icews"] as const;

export const EventEvidence = z
  .object({
    dataset: z.enum(EVENT_DATASETS),
    eventId: z.string().min(1),
    date: z.string(),
    cameo: z.string().regex(/^\d{2,4}$/),
    label: z.string(),
    goldstein: z.number().nullable(),
    quadClass: z.number().int().min(1).max(4),
    /** GDELT's source article. */
    url: z.string().nullable(),
    /** ICEWS's publisher (or GDELT's, where it gives one instead of a URL) and ICEWS's story id. */
    publisher: z.string().nullable(),
    storyId: z.string().nullable(),
    mentions: z.number().int().nullable(),
    sources: z.number().int().nullable(),
    articles: z.number().int().nullable(),
    tone: z.number().nullable(),
    place: z.string().nullable(),
    /** The actors as the dataset coded them (GDELT code or ICEWS name). */
    sourceActor: z.string(),
    targetActor: z.string(),
  })
  .strict();
export type EventEvidence = z.infer<typeof EventEvidence>;
