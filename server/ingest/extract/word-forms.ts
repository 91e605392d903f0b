// Word lists of the extraction data files where an entry may end in * ("refus*", "sanction*") to
// stand for every form that begins so.

import { z } from "zod";

/** A lower-case word form, or a beginning followed by *. */
export const WordForm = z.string().regex(/^[a-z]+\*?$/, "expected a lower-case word, optionally ending in *");

export class WordForms {
  private readonly exact: ReadonlySet<string>;
  private readonly beginnings: readonly string[];
  constructor(forms: readonly string[]) {
    this.exact = new Set(forms.filter((f) => !f.endsWith("*")));
    this.beginnings = forms.filter((f) => f.endsWith("*")).map((f) => f.slice(0, -1));
  }
  has(word: string): boolean {
    return this.exact.has(word) || this.beginnings.some((b) => word.startsWith(b));
  }
}
