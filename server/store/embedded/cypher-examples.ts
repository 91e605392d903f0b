// The Cypher console's examples on the embedded engine: the portable ones plus those written in
// LadybugDB's dialect (label(x) for labels and types, `* SHORTEST` for shortest paths).

import type { CypherExample } from "../../../graph-schema/index.js";
import { PORTABLE_CYPHER_EXAMPLES } from "../cypher-examples.js";

export const EMBEDDED_CYPHER_EXAMPLES: readonly CypherExample[] = [
  ...PORTABLE_CYPHER_EXAMPLES,
  {
    title: "Relation types around one person",
    query:
      "MATCH (p:Person {id: $id})-[r]-(x)\nWHERE label(x) <> 'Article'\n" +
      "RETURN label(r) AS relation, count(*) AS relations\nORDER BY relations DESC, relation",
    params: { id: "donald-trump" },
  },
  {
    // Paths run between entities only, as in the Paths panel: articles (MENTIONS) are no hops.
    title: "Shortest path Trump → Araghchi",
    query:
      "MATCH p = (a:Person {id: 'donald-trump'})-[* SHORTEST 1..4 (r, n | WHERE label(n) <> 'Article')]-" +
      "(b:Person {id: 'abbas-araghchi'})\nRETURN p",
  },
];
