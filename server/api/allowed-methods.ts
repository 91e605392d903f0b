// Which methods each /api path answers, read from the OpenAPI document (the routes' contract):
// a known path asked with another method gets 405 and an Allow header, OPTIONS gets the list.

import type { RequestHandler } from "express";
import { APP_VERSION } from "../version.js";
import { openApiDocument } from "./openapi.js";
import { HttpProblem } from "./problem.js";

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/** The document and its page are served beside the paths the document describes. */
const DOCUMENTATION_PATHS = { "/openapi.json": { get: {} }, "/docs": { get: {} } };

interface PathMethods {
  pattern: RegExp;
  allow: string[];
}

interface GateEntry extends PathMethods {
  /** The Allow header's value, joined once. */
  header: string;
}

/** `/entities/{id}` → a pattern matching one segment for each parameter, as Express matches it. */
function pathPattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${escaped}/?$`, "i");
}

export function apiPathMethods(): PathMethods[] {
  const paths = { ...(openApiDocument(APP_VERSION).paths as Record<string, object>), ...DOCUMENTATION_PATHS };
  return Object.entries(paths).map(([template, operations]) => {
    const methods = HTTP_METHODS.filter((m) => m.toLowerCase() in operations);
    // Express answers HEAD wherever it answers GET.
    const allow = methods.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m]));
    return { pattern: pathPattern(template), allow: [...allow, "OPTIONS"] };
  });
}

/** Mounted on /api before the routes: OPTIONS and wrong methods are answered here; unknown paths pass on (404). */
export function methodGate(table: PathMethods[] = apiPathMethods()): RequestHandler {
  const entries: GateEntry[] = table.map((entry) => ({ ...entry, header: entry.allow.join(", ") }));
  return (req, res, next) => {
    const path = req.path;
    const known = entries.find((entry) => entry.pattern.test(path));
    if (!known) return next();
    const allow = known.header;
    if (req.method === "OPTIONS") return void res.set("Allow", allow).status(204).end();
    if (known.allow.includes(req.method)) return next();
    res.set("Allow", allow);
    next(
      new HttpProblem(
        405,
        "Method Not Allowed",
        `${req.method} is not allowed on ${req.baseUrl}${path}; allowed: ${allow}`,
      ),
    );
  };
}
