// POST /api/cypher: one read-only statement, vetted by the guard before the engine sees it,
// run with a server-side timeout and row cap; rows come back as a table and as a graph.
// GET /api/cypher/examples: the running engine's ready-made queries, in its own dialect.

import { Router } from "express";
import { CypherRequest, type CypherExamplesResponse } from "../../../graph-schema/index.js";
import { vetReadOnlyCypher } from "../../cypher-guard/index.js";
import { graphOfRows } from "../cypher-graph.js";
import type { ApiDeps } from "../deps.js";
import { engineErrorMapper } from "../engine-errors.js";
import { HttpProblem, parseInput } from "../problem.js";

/** Any other engine error on a user's statement (binder, runtime) is about the statement. */
function queryFailed(error: unknown): HttpProblem {
  const message = error instanceof Error ? error.message : String(error);
  return new HttpProblem(400, "Bad Request", `the engine could not run the query: ${message}`);
}

export function cypherRoutes({ store, config }: ApiDeps): Router {
  const router = Router();

  router.post("/cypher", async (req, res) => {
    const body = parseInput(CypherRequest, req.body ?? {});
    const verdict = vetReadOnlyCypher(body.query, store.engine);
    if (!verdict.ok) {
      throw new HttpProblem(403, "Forbidden", `refused, nothing was run: ${verdict.reason}`, [
        { parameter: "query", message: verdict.reason },
      ]);
    }
    const rowLimit = Math.min(body.rowLimit ?? config.cypher.rowLimit, config.cypher.rowLimit);
    const result = await store
      .cypher(verdict.statement, body.params, { timeoutMs: config.cypher.timeoutMs, rowLimit })
      .catch((error: unknown) => {
        throw engineErrorMapper(error) ?? queryFailed(error);
      });
    res.json({ ...result, rowLimit, graph: graphOfRows(result.rows) });
  });

  router.get("/cypher/examples", (_req, res) => {
    const body: CypherExamplesResponse = { items: [...store.cypherExamples] };
    res.json(body);
  });

  return router;
}
