// The one way a request body is read: JSON only (anything else is a 415), within a byte limit,
// then held to the shape limits of json-limits.ts before any route sees it.

import express, { type RequestHandler } from "express";
import { findJsonLimitBreach, type JsonLimits } from "./json-limits.js";
import { HttpProblem } from "./problem.js";

export interface JsonBodyOptions {
  /** Largest body, as body-parser reads it ("100kb"). */
  byteLimit: string;
  limits: JsonLimits;
}

const JSON_TYPES = ["application/json", "application/*+json"];

export function jsonBody({ byteLimit, limits }: JsonBodyOptions): RequestHandler {
  const parse = express.json({ limit: byteLimit, type: JSON_TYPES });
  return (req, res, next) => {
    // An earlier, more generous mount (POST /api/articles) already read this body.
    if (req.body !== undefined) return next();
    // req.is answers null when there is no body at all (most requests: nothing to read), false when it is not JSON.
    const json = req.is(JSON_TYPES);
    if (json === null) return next();
    if (json === false) {
      return next(new HttpProblem(415, "Unsupported Media Type", "send the request body as application/json"));
    }
    parse(req, res, (error?: unknown) => {
      if (error) return next(error);
      const breach = req.body === undefined ? undefined : findJsonLimitBreach(req.body, limits);
      if (!breach) return next();
      const message = breach.message;
      next(new HttpProblem(400, "Bad Request", `${breach.member} ${message}`, [{ parameter: breach.member, message }]));
    });
  };
}
