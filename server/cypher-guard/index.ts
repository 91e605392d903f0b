// The read-only Cypher guard: vets user Cypher before any engine sees it.

export { vetReadOnlyCypher, assertReadOnlyCypher } from "./vet.js";
export {
  CypherRefusedError,
  positionAt,
  type CypherDialect,
  type CypherRefusal,
  type CypherVerdict,
  type QueryPosition,
} from "./refusal.js";
export { allowedProcedures } from "./procedure-policy.js";
export { DENIED_KEYWORDS } from "./keyword-policy.js";
export { tokenizeCypher, type Token, type TokenKind } from "./tokens.js";
