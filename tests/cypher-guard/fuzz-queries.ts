// Seeded random Cypher-ish queries for the guard's fuzz tests: token soups mixing keywords,
// names, strings, comments and punctuation, and raw character soups. Reproducible by seed.

export const WRITE_WORDS = [
  "CREATE",
  "MERGE",
  "SET",
  "DELETE",
  "DETACH",
  "REMOVE",
  "DROP",
  "LOAD",
  "COPY",
  "EXPORT",
  "IMPORT",
  "INSTALL",
  "ATTACH",
  "USE",
  "CHECKPOINT",
  "BEGIN",
  "COMMIT",
  "ROLLBACK",
  "FOREACH",
  "ALTER",
  "GRANT",
  "REVOKE",
  "DENY",
  "START",
  "STOP",
  "SHOW",
  "TERMINATE",
];
const READ_WORDS = [
  "MATCH",
  "OPTIONAL",
  "WITH",
  "UNWIND",
  "RETURN",
  "WHERE",
  "AS",
  "AND",
  "OR",
  "NOT",
  "IN",
  "ORDER",
  "BY",
  "LIMIT",
  "UNION",
  "EXISTS",
  "COUNT",
  "YIELD",
  "CALL",
];
const NAMES = [
  "n",
  "m",
  "x",
  "created",
  "settings",
  "reset",
  "n_create",
  "loader",
  "useful",
  "started",
  "Дмитрий",
  "_tmp",
];
const PUNCT = ["(", ")", "[", "]", "{", "}", ",", ".", ":", "=", ";", "*", "-", ">", "<", "|", "+", "..", "-[", "]->"];
const CALLS = [
  "CALL show_tables()",
  "CALL db.labels()",
  "CALL apoc.load.json('x')",
  "CALL threads=1",
  "CALL {",
  "CALL (n) {",
  "read_csv('f')",
  "lower(x)",
  "apoc.text.join([], '')",
];
const SEPARATORS = [" ", " ", " ", "\n", "", "\t", "  ", "\r\n"];

export class Soup {
  constructor(private readonly random: () => number) {}

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  private randomCase(word: string): string {
    const mode = this.int(3);
    if (mode === 0) return word;
    if (mode === 1) return word.toLowerCase();
    return [...word].map((c) => (this.random() < 0.5 ? c.toLowerCase() : c)).join("");
  }

  private keyword(): string {
    return this.randomCase(this.pick(this.random() < 0.5 ? WRITE_WORDS : READ_WORDS));
  }

  /** Free text for inside strings and comments, full of things that must not count there. */
  private text(): string {
    const bits = [
      "CREATE (n)",
      "; DELETE",
      "// x",
      "/* y",
      "`",
      "MERGE",
      "it's",
      'say "x"',
      "\n",
      "set n.x = 1",
      "$p",
      "{a: 1}",
      "DROP",
    ];
    return Array.from({ length: this.int(4) }, () => this.pick(bits)).join(" ");
  }

  private stringLiteral(): string {
    const quote = this.random() < 0.5 ? "'" : '"';
    const body = this.text().replaceAll("\\", "\\\\").replaceAll(quote, `\\${quote}`);
    return `${quote}${body}${this.random() < 0.2 ? "\\\\" : ""}${quote}`;
  }

  private comment(): string {
    if (this.random() < 0.5) return `// ${this.text().replaceAll("\n", " ").replaceAll("\r", " ")}\n`;
    return `/* ${this.text().replaceAll("*/", "* /")} */`;
  }

  private backticked(): string {
    const body = this.random() < 0.5 ? this.keyword() : this.text().replaceAll("`", "``");
    return `\`${body}\``;
  }

  private nameUse(): string {
    const kw = this.randomCase(this.pick(WRITE_WORDS));
    const gap = this.pick(["", " ", "/* c */", "\n"]);
    return this.pick([
      `n.${gap}${kw}`,
      `(n:${kw})`,
      `[:${kw}]`,
      `{${kw}: 1}`,
      `{a: 1, ${kw}: 2}`,
      `$${kw.toLowerCase()}`,
    ]);
  }

  /** One fragment of a token soup. */
  fragment(): string {
    const roll = this.random();
    if (roll < 0.25) return this.keyword();
    if (roll < 0.35) return this.pick(NAMES);
    if (roll < 0.45) return this.pick(PUNCT);
    if (roll < 0.55) return this.stringLiteral();
    if (roll < 0.65) return this.comment();
    if (roll < 0.72) return this.backticked();
    if (roll < 0.82) return this.nameUse();
    if (roll < 0.88) return this.pick(CALLS);
    if (roll < 0.94) return String(this.int(1000));
    return this.pick(["$x", "$create", "1.5", "..", "n.x", "EXPLAIN", "PROFILE"]);
  }

  /** A token soup, starting with a read keyword half the time so the deeper checks run. */
  query(): string {
    const parts = Array.from({ length: 1 + this.int(20) }, () => this.fragment());
    if (this.random() < 0.5)
      parts.unshift(this.pick(["MATCH (n)", "RETURN", "WITH n", "UNWIND xs AS x", "OPTIONAL MATCH (n)"]));
    let query = parts.reduce((acc, part) => acc + (acc ? this.pick(SEPARATORS) : "") + part, "");
    if (this.random() < 0.05) query += this.pick(["'open", '"open', "/* open", "`open"]);
    return query;
  }

  /** Raw characters, for the tokenizer's edge cases (escapes, stray quotes, lone slashes). */
  chars(): string {
    const alphabet = [
      "a",
      "e",
      "n",
      "s",
      "t",
      "C",
      "R",
      "E",
      "A",
      "T",
      " ",
      "\n",
      "'",
      '"',
      "`",
      "/",
      "*",
      "\\",
      ";",
      ".",
      ":",
      "{",
      "}",
      "(",
      ")",
      "$",
      "é",
      "1",
      "\r",
      "\u2028",
      "\u0085",
      "CREATE",
      "SET",
      "DELETE",
      "MATCH ",
      "RETURN ",
    ];
    return Array.from({ length: this.int(40) }, () => this.pick(alphabet)).join("");
  }
}
