// Reading typed values out of a row's named fields, each checked with a zod schema; a value that
// fails names its column (and position) so the problem can be reported as file:line column.

import { z } from "zod";
import { cameoCode } from "../../graph-schema/index.js";
import type { RowProblem } from "./event-row.js";

export class FieldError extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(`${column}: ${reason}`);
  }
}

export const Digits = z.string().regex(/^\d+$/, "expected digits");
export const CompactDate = z
  .string()
  .regex(/^\d{8}$/, "expected YYYYMMDD")
  .transform((s) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`)
  .pipe(z.iso.date("not a calendar date"));
export const IsoDate = z.iso.date("expected YYYY-MM-DD");
export const Finite = z.coerce.number().refine(Number.isFinite, "expected a number");
export const Count = z.coerce.number().int("expected a whole number").nonnegative();
export const CameoCodeField = z.string().refine((c) => cameoCode(c) !== undefined, "not a code of the CAMEO codebook");

export class Fields {
  constructor(
    private readonly values: ReadonlyMap<string, string>,
    private readonly order: readonly string[],
  ) {}

  private fail(column: string, reason: string): never {
    throw new FieldError(`${column} (${this.order.indexOf(column) + 1})`, reason);
  }

  /** The trimmed text, or null when empty or an NA marker. */
  text(column: string): string | null {
    const value = this.values.get(column);
    if (value === undefined) this.fail(column, "missing");
    return value === "" ? null : value;
  }

  required<T>(column: string, schema: z.ZodType<T>): T {
    const value = this.text(column);
    if (value === null) this.fail(column, "empty");
    return this.parse(column, schema, value);
  }

  optional<T>(column: string, schema: z.ZodType<T>): T | null {
    const value = this.text(column);
    return value === null ? null : this.parse(column, schema, value);
  }

  private parse<T>(column: string, schema: z.ZodType<T>, value: string): T {
    const result = schema.safeParse(value);
    if (!result.success) this.fail(column, `${JSON.stringify(value.slice(0, 40))}: ${result.error.issues[0]?.message}`);
    return result.data;
  }
}

export function problemOf(error: unknown, file: string, line: number): RowProblem {
  if (error instanceof FieldError) return { file, line, column: error.column, reason: error.reason };
  throw error;
}
