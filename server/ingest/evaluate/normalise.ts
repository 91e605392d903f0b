// Name comparison for entities and actors: case, accents, punctuation, a leading "the", a
// possessive and a parenthesised qualifier ("Tehran (city)") do not make two names different.

import { foldName } from "../../../graph-schema/index.js";

/** The comparable form of a name: "The U.S.'s" → "us", "Tehran (city)" → "tehran". */
export function normaliseName(text: string): string {
  const plain = text
    .replace(/\([^)]*\)/g, " ")
    .replace(/['’]s(?![\p{L}\p{N}])/gu, "")
    .replace(/(?<=\p{L})\.(?=\p{L}|\s|$)/gu, "");
  return foldName(plain).replace(/^the /, "");
}

/** True when `inner` is `outer` or a run of whole words inside it ("jacques chirac" in "president jacques chirac"). */
export function containsWords(outer: string, inner: string): boolean {
  return inner !== "" && ` ${outer} `.includes(` ${inner} `);
}
