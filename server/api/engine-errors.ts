// Maps the engine-neutral store errors onto HTTP answers: a timeout is a 504, a refused write
// a 403, a syntax error a 400 with the engine's message and position, an absent engine a 503, a
// statement that outgrew its memory or crashed the engine a 422 (it would do so again: not a retry).

import {
  EngineUnavailableError,
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  WriteRefusedError,
} from "../store/errors.js";
import { HttpProblem, type ErrorMapper } from "./problem.js";

export const engineErrorMapper: ErrorMapper = (error) => {
  if (error instanceof QueryTimeoutError) {
    return new HttpProblem(
      504,
      "Gateway Timeout",
      `the query ran past its time limit and was stopped: ${error.message}`,
    );
  }
  if (error instanceof QueryLimitError) {
    const what = error.limit === "memory" ? "the query hit the memory limit" : "the query crashed the engine";
    return new HttpProblem(422, "Unprocessable Content", `${what}: ${error.message}`);
  }
  if (error instanceof WriteRefusedError) {
    return new HttpProblem(403, "Forbidden", `refused, nothing was written: ${error.message}`);
  }
  if (error instanceof QuerySyntaxError) {
    const at = error.position ? ` (line ${error.position.line}, column ${error.position.column})` : "";
    return new HttpProblem(400, "Bad Request", `${error.message}${at}`);
  }
  if (error instanceof EngineUnavailableError) {
    return new HttpProblem(503, "Service Unavailable", error.message);
  }
  return null;
};
