// Parses one JSON data file while keeping its syntax tree, so both syntax errors and later
// schema or integrity errors can be reported at the line and column where they occur.

import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";
import { formatPath, type DataProblem } from "./problems.js";

export type JsonPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export class JsonSource {
  private readonly lineStarts: number[];

  private constructor(
    /** The file name shown in problems. */
    readonly file: string,
    readonly text: string,
    private readonly root: Node | undefined,
  ) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  /** Parses strict JSON (no comments, no trailing commas; a leading BOM is dropped); syntax errors come back as problems. */
  static parse(file: string, withBom: string): { source: JsonSource; value: unknown; problems: DataProblem[] } {
    // Editors on Windows often save UTF-8 with a byte-order mark; it is not part of the JSON.
    const text = withBom.startsWith("\uFEFF") ? withBom.slice(1) : withBom;
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    const source = new JsonSource(file, text, root);
    const problems = errors.map((e) =>
      source.problemAtOffset(e.offset, null, `JSON syntax error: ${describeParseError(e)}`),
    );
    if (problems.length === 0) {
      // jsonc-parser is lenient in a few corners (e.g. raw control characters in strings);
      // JSON.parse has the last word on what is valid JSON.
      try {
        JSON.parse(text);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = /position (\d+)/.exec(message);
        problems.push(source.problemAtOffset(at ? Number(at[1]) : 0, null, `JSON syntax error: ${message}`));
      }
    }
    return { source, value: problems.length === 0 && root ? getNodeValue(root) : undefined, problems };
  }

  /** 1-based line and column of a character offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /**
   * Where the value at `path` starts. A path that does not exist (a missing field) falls back to
   * its nearest existing ancestor, i.e. the offending element; `key` points at a property's name
   * instead of its value (for fields that should not be there).
   */
  locate(path: JsonPath, key?: string): Position {
    if (!this.root) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(this.root, [...path.slice(0, depth)]);
      if (!node) continue;
      if (key !== undefined && depth === path.length && node.type === "object") {
        const property = node.children?.find((p) => p.children?.[0]?.value === key);
        if (property) return this.position(property.offset);
      }
      return this.position(node.offset);
    }
    return this.position(this.root.offset);
  }

  problemAt(path: JsonPath, message: string, key?: string): DataProblem {
    const { line, column } = this.locate(path, key);
    const fullPath = key === undefined ? path : [...path, key];
    return { file: this.file, line, column, path: fullPath.length > 0 ? formatPath(fullPath) : null, message };
  }

  private problemAtOffset(offset: number, path: string | null, message: string): DataProblem {
    const { line, column } = this.position(offset);
    return { file: this.file, line, column, path, message };
  }
}

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between elements",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: "unexpected content after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string",
};

function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return PARSE_ERROR_TEXT[code] ?? code;
}
