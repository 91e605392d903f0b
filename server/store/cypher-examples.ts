// The Cypher console's examples both engines run as written (plain openCypher); each engine adds
// the ones its own dialect needs (embedded/cypher-examples.ts, neo4j/cypher-examples.ts).

import type { CypherExample } from "../../graph-schema/index.js";

export const PORTABLE_CYPHER_EXAMPLES: readonly CypherExample[] = [
  { title: "Who offered mediation", query: "MATCH (a)-[r:OFFERED_MEDIATION]->(b)\nRETURN a, r, b" },
  {
    title: "Meetings between people",
    query: "MATCH (p:Person)-[r:MET]-(q:Person)\nWHERE p.name < q.name\nRETURN p.name, q.name, r.date, r.place",
  },
  {
    title: "Everything around one state",
    query: "MATCH (s:State {id: $id})-[r]-(x)\nRETURN s, r, x\nLIMIT 60",
    params: { id: "russia" },
  },
  {
    title: "Conflict between states",
    query: "MATCH (a:State)-[r:SANCTIONS|OPPOSES|INVADED]->(b)\nRETURN a, r, b",
  },
];
