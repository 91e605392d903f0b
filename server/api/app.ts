// The Express application: security headers, CORS, body and rate limits, request logging,
// the /api routes, the built explorer, and problem+json errors for everything that fails.

import cors from "cors";
import express, { Router, type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_DIST_DIR } from "../paths.js";
import type { ApiDeps } from "./deps.js";
import { methodGate } from "./allowed-methods.js";
import { requireApiKey } from "./api-key.js";
import { jsonBody } from "./json-body.js";
import { errorHandler, unknownRoute } from "./problem.js";
import { engineErrorMapper } from "./engine-errors.js";
import { apiRoutes } from "./routes/index.js";

/** One line per request: method, URL, status and time taken (no headers: they may hold secrets). */
function requestLogger(logger: ApiDeps["logger"]) {
  return pinoHttp({
    logger,
    // The serializers read the two fields they log from the request and response themselves:
    // pino-http's wrapped ones first copy every field (headers, socket, the parsed query) per request.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { originalUrl?: string }) => ({
        method: req.method,
        url: req.originalUrl ?? req.url,
      }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
  });
}

/**
 * Everything under /api, in one router mounted once: each mount of its own would make every
 * request pay for matching and rewriting the /api prefix again.
 */
function apiStack(deps: ApiDeps): Router {
  const { config } = deps;
  const api = Router();
  // Preflights go on to methodGate, which answers every OPTIONS with the path's Allow header.
  if (config.http.corsOrigins.length > 0) api.use(cors({ origin: config.http.corsOrigins, preflightContinue: true }));
  if (config.http.rateLimitPerMinute > 0) {
    api.use(
      rateLimit({
        windowMs: 60_000,
        limit: config.http.rateLimitPerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
      }),
    );
  }
  api.use(methodGate());
  // The key is checked before the (larger) body of an article is read.
  api.post(
    "/articles",
    requireApiKey(config.apiKey),
    jsonBody({ byteLimit: config.http.ingestBodyLimit, limits: config.http.json }),
  );
  api.use(jsonBody({ byteLimit: config.http.bodyLimit, limits: config.http.json }));
  api.use(apiRoutes(deps));
  api.use(unknownRoute);
  return api;
}

export function createApp(deps: ApiDeps): Express {
  const { config, logger } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.http.trustProxy);
  app.use(
    helmet({
      // The explorer runs ForceAtlas2 in a worker that graphology creates from a Blob URL.
      contentSecurityPolicy: { directives: { "worker-src": ["'self'", "blob:"] } },
    }),
  );
  app.use(requestLogger(logger));
  app.use("/api", apiStack(deps));
  if (existsSync(CLIENT_DIST_DIR)) app.use(express.static(CLIENT_DIST_DIR, { index: "index.html", maxAge: "1h" }));
  // Until an explorer build is present, the API's own documentation is the front page.
  else app.get("/", (_req, res) => res.redirect("/api/docs"));
  app.use(unknownRoute);
  app.use(errorHandler(logger, [engineErrorMapper]));
  return app;
}
