// POST /api/articles: ingest one article over HTTP (an API key from the configuration is
// required), or preview it with dryRun; an optional review rejects or corrects what was
// extracted before merging. Ingestions run one at a time, in arrival order.

import { Router } from "express";
import { IngestRequest } from "../../../graph-schema/index.js";
import { defaultExtractor } from "../../ingest/default-extractor.js";
import { ingestArticles } from "../../ingest/ingest.js";
import type { IngestSession } from "../../ingest/ingest-session.js";
import { IngestLedger } from "../../ingest/ledger.js";
import { ReviewError } from "../../ingest/review.js";
import { authorise } from "../api-key.js";
import type { ApiDeps } from "../deps.js";
import { HttpProblem, parseInput } from "../problem.js";

/** A review naming what the extraction did not produce is the client's mistake: a 400 naming each. */
function reviewProblem(error: unknown): unknown {
  if (!(error instanceof ReviewError)) return error;
  const errors = error.problems.map((message) => ({ parameter: "review", message }));
  return new HttpProblem(400, "Bad Request", error.message, errors);
}

export function ingestRoutes(deps: ApiDeps): Router {
  const router = Router();
  const ledger = new IngestLedger(deps.config.ingestDir);
  let queue: Promise<unknown> = Promise.resolve();
  // The merged graph stays in memory between requests; it is rebuilt when the files change.
  let session: IngestSession | undefined;

  router.post("/articles", async (req, res) => {
    authorise(req, deps.config.apiKey);
    const { dryRun, text, review, ...meta } = parseInput(IngestRequest, req.body ?? {});
    const run = queue.then(async () => {
      const result = await ingestArticles([{ meta, text, review }], {
        dataDir: deps.config.dataDir,
        ledger,
        session,
        extractor: deps.extractor ?? (await defaultExtractor()),
        store: deps.store,
        dryRun,
      });
      session = result.session;
      return result;
    });
    queue = run.catch(() => undefined);
    const { reports, dataset } = await run.catch((error: unknown) => {
      throw reviewProblem(error);
    });
    const report = reports[0]!;
    if (!dryRun && !report.unchanged) {
      deps.index.upsert(dataset.entities);
      deps.logger.info({ article: report.article.id, relations: report.relations.length }, "article ingested");
    }
    res.status(!dryRun && !report.unchanged ? 201 : 200).json(report);
  });

  return router;
}
