// Example queries the console offers (written for the embedded engine's Cypher dialect).

export interface CypherExample {
  title: string;
  query: string;
  params?: Record<string, unknown>;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
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
  {
    // Paths run between entities only, as in the Paths panel: articles (MENTIONS) are no hops.
    title: "Shortest path Trump → Araghchi",
    query:
      "MATCH p = (a {id: 'donald-trump'})-[* SHORTEST 1..4 (r, n | WHERE label(n) <> 'Article')]-(b {id: 'abbas-araghchi'})\nRETURN p",
  },
];
