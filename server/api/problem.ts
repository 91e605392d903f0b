// Errors as RFC 9457 problem bodies: every failure becomes a JSON answer naming what was
// wrong, with no stack trace, and the server keeps serving.

import type { ErrorRequestHandler, RequestHandler } from "express";
import { STATUS_CODES } from "node:http";
import { ZodError, type ZodType } from "zod";
import type { Problem } from "../../graph-schema/index.js";
import type { Logger } from "../logger.js";

export class HttpProblem extends Error {
  override name = "HttpProblem";
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: Problem["errors"],
  ) {
    super(detail);
  }
}

export const notFound = (what: string): HttpProblem => new HttpProblem(404, "Not Found", what);

/** Parses request input with a schema; failures become a 400 naming each parameter. */
export function parseInput<T extends ZodType>(schema: T, input: unknown): ReturnType<T["parse"]> {
  const result = schema.safeParse(input);
  if (result.success) return result.data as ReturnType<T["parse"]>;
  throw problemFromZod(result.error);
}

export function problemFromZod(error: ZodError): HttpProblem {
  const errors = error.issues.map((i) => ({
    parameter: i.code === "unrecognized_keys" ? i.keys.join(", ") : i.path.join(".") || "(body)",
    message: i.code === "unrecognized_keys" ? "unknown parameter" : i.message,
  }));
  const detail = errors.map((e) => `${e.parameter}: ${e.message}`).join("; ");
  return new HttpProblem(400, "Bad Request", detail, errors);
}

/** Engine and guard errors carry an HTTP status of their own choosing (see mapError). */
export type ErrorMapper = (error: unknown) => HttpProblem | null;

export function errorHandler(logger: Logger, mappers: ErrorMapper[]): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const problem = toProblem(error, mappers);
    if (problem.status >= 500) logger.error({ err: error, url: req.originalUrl }, "request failed");
    const body: Problem = {
      type: "about:blank",
      title: problem.title,
      status: problem.status,
      detail: problem.message,
      ...(problem.errors ? { errors: problem.errors } : {}),
    };
    res.status(problem.status).type("application/problem+json").send(JSON.stringify(body));
  };
}

function toProblem(error: unknown, mappers: ErrorMapper[]): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof ZodError) return problemFromZod(error);
  const bodyError = error as { type?: string; status?: number; message?: string };
  if (bodyError.type === "entity.too.large")
    return new HttpProblem(413, "Payload Too Large", "request body is too large");
  if (bodyError.type === "entity.parse.failed")
    return new HttpProblem(400, "Bad Request", `body is not valid JSON: ${bodyError.message}`);
  // Other client errors of the body parser (415 unsupported charset, 400 ...): titled by their status.
  if (typeof bodyError.status === "number" && bodyError.status >= 400 && bodyError.status < 500) {
    const title = STATUS_CODES[bodyError.status] ?? "Bad Request";
    return new HttpProblem(bodyError.status, title, bodyError.message ?? title.toLowerCase());
  }
  for (const map of mappers) {
    const mapped = map(error);
    if (mapped) return mapped;
  }
  return new HttpProblem(500, "Internal Server Error", "the server failed to answer; the error is logged");
}

/** The path as the client sent it, mount prefix (/api) included. */
export const unknownRoute: RequestHandler = (req, _res, next) =>
  next(notFound(`no such endpoint: ${req.method} ${req.baseUrl}${req.path}`));
