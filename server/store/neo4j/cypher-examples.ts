// The Cypher console's examples on Neo4j: the portable ones plus those written in Neo4j's dialect
// (type(r), label predicates, shortestPath).

import type { CypherExample } from "../../../graph-schema/index.js";
import { PORTABLE_CYPHER_EXAMPLES } from "../cypher-examples.js";

export const NEO4J_CYPHER_EXAMPLES: readonly CypherExample[] = [
  ...PORTABLE_CYPHER_EXAMPLES,
  {
    title: "Relation types around one person",
    query:
      "MATCH (p:Person {id: $id})-[r]-(x)\nWHERE NOT x:Article\n" +
      "RETURN type(r) AS relation, count(*) AS relations\nORDER BY relations DESC, relation",
    params: { id: "donald-trump" },
  },
  {
    // Paths run between entities only, as in the Paths panel: articles (MENTIONS) are no hops.
    title: "Shortest path Trump → Araghchi",
    query:
      "MATCH (a:Person {id: 'donald-trump'}), (b:Person {id: 'abbas-araghchi'})\n" +
      "MATCH p = shortestPath((a)-[*..4]-(b))\nWHERE none(n IN nodes(p) WHERE n:Article)\nRETURN p",
  },
];
