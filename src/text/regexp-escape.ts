/**
 * `text` with every character a regular expression gives a meaning escaped, to match it as
 * written: a question's words, an idiom's.
 *
 * @example
 * new RegExp(escapeRegExp("U.S. (and allies)")).test("the U.S. (and allies) said"); // true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
