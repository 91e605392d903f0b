// The shape of one thing wrong with the data files (where it is, what is wrong) and the error
// that carries a list of them, so a user can fix every problem in one pass.

export interface DataProblem {
  /** The file, relative to the working directory when it lies beneath it. */
  file: string;
  /** 1-based line and column, when the problem can be pinned to a place in the file. */
  line: number | null;
  column: number | null;
  /** The field inside the file, e.g. `[12].evidence[0].start`, when there is one. */
  path: string | null;
  message: string;
}

export class DataFileError extends Error {
  override readonly name = "DataFileError";

  constructor(
    readonly problems: DataProblem[],
    summary = `the data files have ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
  ) {
    super(summary);
  }
}

/** `file:line:column path: message`, the form editors and terminals turn into links. */
export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== null).join(":");
  return `${where}${p.path ? ` ${p.path}` : ""}: ${p.message}`;
}

/** `[3].evidence[0].start` from a JSON path. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((seg) =>
      typeof seg === "number" ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`,
    )
    .join("")
    .replace(/^\./, "");
}
