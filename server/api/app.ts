// The Express application: security headers, CORS, body and rate limits, request logging,
// the /api routes, the built explorer, and problem+json errors for everything that fails.

import cors from "cors";
import express, { type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { existsSync } from "node:fs";
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
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
  });
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
  // Preflights go on to methodGate, which answers every OPTIONS with the path's Allow header.
  if (config.http.corsOrigins.length > 0)
    app.use("/api", cors({ origin: config.http.corsOrigins, preflightContinue: true }));
  if (config.http.rateLimitPerMinute > 0) {
    app.use(
      "/api",
      rateLimit({
        windowMs: 60_000,
        limit: config.http.rateLimitPerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
      }),
    );
  }
  app.use("/api", methodGate());
  // The key is checked before the (larger) body of an article is read.
  app.post("/api/articles", requireApiKey(config.apiKey));
  app.post("/api/articles", jsonBody({ byteLimit: config.http.ingestBodyLimit, limits: config.http.json }));
  app.use("/api", jsonBody({ byteLimit: config.http.bodyLimit, limits: config.http.json }));
  app.use("/api", apiRoutes(deps));
  app.use("/api", unknownRoute);
  if (existsSync(CLIENT_DIST_DIR)) app.use(express.static(CLIENT_DIST_DIR, { index: "index.html", maxAge: "1h" }));
  // Until an explorer build is present, the API's own documentation is the front page.
  else app.get("/", (_req, res) => res.redirect("/api/docs"));
  app.use(unknownRoute);
  app.use(errorHandler(logger, [engineErrorMapper]));
  return app;
}
