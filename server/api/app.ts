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

const INGEST_BODY_LIMIT = "2mb";

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
  if (config.http.corsOrigins.length > 0) app.use("/api", cors({ origin: config.http.corsOrigins }));
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
  // An article's text may be far larger than any other request body.
  app.use("/api/articles", express.json({ limit: INGEST_BODY_LIMIT }));
  app.use("/api", express.json({ limit: config.http.bodyLimit }));
  app.use("/api", apiRoutes(deps));
  app.use("/api", unknownRoute);
  if (existsSync(CLIENT_DIST_DIR)) app.use(express.static(CLIENT_DIST_DIR, { index: "index.html", maxAge: "1h" }));
  // Until an explorer build is present, the API's own documentation is the front page.
  else app.get("/", (_req, res) => res.redirect("/api/docs"));
  app.use(unknownRoute);
  app.use(errorHandler(logger, [engineErrorMapper]));
  return app;
}
