// The guard's tokenizer: what it keeps, what it drops, and what it refuses to read.

import { tokenizeCypher, type Token } from "../../server/cypher-guard/tokens.js";

function tokens(query: string): Token[] {
  const result = tokenizeCypher(query);
  if (!result.ok) throw new Error(`could not tokenize ${JSON.stringify(query)}: ${result.problem}`);
  return result.tokens;
}

const kinds = (query: string): string[] => tokens(query).map((t) => `${t.kind}:${t.text}`);

test("splits a query into words, punctuation, numbers, strings, names and parameters", () => {
  expect(kinds("MATCH (n:`My Label` {id: $id}) WHERE n.x > 1.5 RETURN 'a'")).toEqual([
    "word:MATCH",
    "punct:(",
    "word:n",
    "punct::",
    "quoted:`My Label`",
    "punct:{",
    "word:id",
    "punct::",
    "parameter:$id",
    "punct:}",
    "punct:)",
    "word:WHERE",
    "word:n",
    "punct:.",
    "word:x",
    "punct:>",
    "number:1.5",
    "word:RETURN",
    "string:'a'",
  ]);
});

test("words carry their upper-case value and their offsets", () => {
  const [word] = tokens("  create");
  expect(word).toEqual({ kind: "word", text: "create", value: "CREATE", start: 2, end: 8 });
});

test("comments disappear with every keyword in them", () => {
  expect(kinds("RETURN 1 // CREATE (n)\n/* DELETE\n n */ + 2")).toEqual([
    "word:RETURN",
    "number:1",
    "punct:+",
    "number:2",
  ]);
});

test("a line comment ends at \\n or \\r, as both engines end it", () => {
  expect(kinds("RETURN 1 // x\rCREATE")).toEqual(["word:RETURN", "number:1", "word:CREATE"]);
  expect(kinds("RETURN 1 // x\r\nCREATE")).toEqual(["word:RETURN", "number:1", "word:CREATE"]);
  expect(kinds("RETURN 1 // x\u2028CREATE")).toEqual(["word:RETURN", "number:1"]);
});

test("a block comment ends at the first */ (comments do not nest)", () => {
  expect(kinds("/* a /* b */ CREATE */")).toEqual(["word:CREATE", "punct:*", "punct:/"]);
});

test("strings keep keywords, comment markers and semicolons inside them", () => {
  expect(kinds("RETURN 'CREATE // ; /*' + \"DELETE */\"")).toEqual([
    "word:RETURN",
    "string:'CREATE // ; /*'",
    "punct:+",
    'string:"DELETE */"',
  ]);
});

test("a backslash escapes the next character in a string, whatever it is", () => {
  expect(kinds("RETURN 'it\\'s', \"say \\\"x\\\"\", 'back\\\\'")).toEqual([
    "word:RETURN",
    "string:'it\\'s'",
    "punct:,",
    'string:"say \\"x\\""',
    "punct:,",
    "string:'back\\\\'",
  ]);
  expect(kinds("RETURN 'a\\\nb'")).toEqual(["word:RETURN", "string:'a\\\nb'"]);
});

test("the other quote does not end a string", () => {
  expect(kinds(`RETURN "it's" + 'say "x"'`)).toEqual(["word:RETURN", `string:"it's"`, "punct:+", `string:'say "x"'`]);
});

test("backtick names: a doubled backtick is a backtick in the name", () => {
  const [name] = tokens("`a``b`");
  expect(name).toMatchObject({ kind: "quoted", text: "`a``b`", value: "a`b" });
  expect(kinds("`MERGE` `x` ``")).toEqual(["quoted:`MERGE`", "quoted:`x`", "quoted:``"]);
});

test("parameters: $name, $0, $`quoted`; a lone $ is punctuation", () => {
  expect(kinds("$name $0 $`my param` $ x")).toEqual([
    "parameter:$name",
    "parameter:$0",
    "parameter:$`my param`",
    "punct:$",
    "word:x",
  ]);
});

test("parameter names are read as LadybugDB reads them: a word, or digits without a leading zero", () => {
  expect(kinds("$a١ $_1 $é $123 $0, $1/*c*/LOAD $1//c\nLOAD $1 LOAD")).toEqual([
    "parameter:$a١",
    "parameter:$_1",
    "parameter:$é",
    "parameter:$123",
    "parameter:$0",
    "punct:,",
    "parameter:$1",
    "word:LOAD",
    "parameter:$1",
    "word:LOAD",
    "parameter:$1",
    "word:LOAD",
  ]);
  // A digit of another script starts no name in either engine: the word after it stays a word.
  expect(kinds("$١LOAD")).toEqual(["punct:$", "punct:١", "word:LOAD"]);
});

test("'..' is one token, so a range is not mistaken for property access", () => {
  expect(kinds("[*1..3]")).toEqual(["punct:[", "punct:*", "number:1", "punct:..", "number:3", "punct:]"]);
  expect(kinds("x[1..]")).toEqual(["word:x", "punct:[", "number:1", "punct:..", "punct:]"]);
});

test("numbers never swallow letters (the engines do; splitting can only add keywords)", () => {
  expect(kinds("1.5e3 0x1F 0o17 1CREATE 2e")).toEqual([
    "number:1.5e3",
    "number:0x1F",
    "number:0o17",
    "number:1",
    "word:CREATE",
    "number:2",
    "word:e",
  ]);
  expect(kinds("1.CREATE")).toEqual(["number:1", "punct:.", "word:CREATE"]);
});

test("letters of any script make words; other symbols split them", () => {
  expect(kinds("Дмитрий Peskow_2 naïve")).toEqual(["word:Дмитрий", "word:Peskow_2", "word:naïve"]);
  expect(kinds("a²CREATE")).toEqual(["word:a", "punct:²", "word:CREATE"]);
  expect(kinds("x€CREATE")).toEqual(["word:x", "punct:€", "word:CREATE"]);
});

test("a character outside the BMP is one punctuation token, never half of one", () => {
  expect(kinds("RETURN 🙂")).toEqual(["word:RETURN", "punct:🙂"]);
});

test("whitespace is what both engines skip; other separators become punctuation", () => {
  expect(kinds("MATCH\u00a0(n)\u2003RETURN\u3000n")).toEqual([
    "word:MATCH",
    "punct:(",
    "word:n",
    "punct:)",
    "word:RETURN",
    "word:n",
  ]);
  expect(kinds("a\u0085CREATE")).toEqual(["word:a", "punct:\u0085", "word:CREATE"]);
  expect(kinds("a\u001cCREATE")).toEqual(["word:a", "punct:\u001c", "word:CREATE"]);
  expect(kinds("a\ufeffCREATE")).toEqual(["word:a", "punct:\ufeff", "word:CREATE"]);
});

describe("what it refuses to read", () => {
  test.each([
    ["RETURN 'abc", "unterminated string literal '", 7],
    ['RETURN "abc', 'unterminated string literal "', 7],
    ["RETURN 'abc\\", "unterminated string literal '", 7],
    ["RETURN 'abc\\'", "unterminated string literal '", 7],
    ["RETURN 1 /* x", "unterminated comment /*", 9],
    ["RETURN 1 /*/", "unterminated comment /*", 9],
    ["RETURN `abc", "unterminated backtick-quoted name `", 7],
    ["RETURN `a``", "unterminated backtick-quoted name `", 7],
    ["RETURN $`abc", "unterminated backtick-quoted name `", 8],
    ["RETURN 1 /* a **/", "a comment ending in **/", 9],
    ["RETURN 1 /***/", "a comment ending in **/", 9],
    // Neo4j reads `$1LOAD` as one name, LadybugDB as `$1` then LOAD: neither reading is safe.
    ["x = $1LOAD FROM 'f'", "a parameter name that starts with a digit and runs on ($1L…)", 4],
    ["x = $123call f()", "a parameter name that starts with a digit and runs on ($123c…)", 4],
    ["RETURN $0x1F", "a parameter name that starts with a digit and runs on ($0x…)", 7],
    ["RETURN $01", "a parameter name that starts with a digit and runs on ($01…)", 7],
    ["RETURN $1_a", "a parameter name that starts with a digit and runs on ($1_…)", 7],
    ["RETURN $1١", "a parameter name that starts with a digit and runs on ($1١…)", 7],
    ["RETURN $1$a", "a parameter name that starts with a digit and runs on ($1$…)", 7],
    ["RETURN $1\u0301", "a parameter name that starts with a digit and runs on ($1\u0301…)", 7],
  ])("%j", (query, problem, offset) => {
    const result = tokenizeCypher(query);
    expect(result).toMatchObject({ ok: false, problem, offset });
  });

  test("an empty comment /**/ is fine", () => {
    expect(kinds("RETURN /**/ 1")).toEqual(["word:RETURN", "number:1"]);
  });
});
