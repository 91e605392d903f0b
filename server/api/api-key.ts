// The API key that POST /api/articles requires: checked before the request body is read, so an
// unauthenticated client cannot make the server parse megabytes.

import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { HttpProblem } from "./problem.js";

const digest = (s: string): Buffer => createHash("sha256").update(s).digest();

function presentedKey(req: Request): string | null {
  const header = req.get("x-api-key");
  if (header) return header;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "");
  return bearer?.[1] ?? null;
}

/** Throws a 503 when no key is configured, a 401 when the request does not carry it. */
export function authorise(req: Request, apiKey: string | null): void {
  if (apiKey === null)
    throw new HttpProblem(503, "Service Unavailable", "ingestion over HTTP is disabled: set ACTORGRAPH_API_KEY");
  const key = presentedKey(req);
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (key === null || !timingSafeEqual(digest(key), digest(apiKey)))
    throw new HttpProblem(
      401,
      "Unauthorized",
      key === null ? "an API key is required (header X-API-Key)" : "the API key is not valid",
    );
}

export const requireApiKey =
  (apiKey: string | null): RequestHandler =>
  (req, _res, next) => {
    authorise(req, apiKey);
    next();
  };
