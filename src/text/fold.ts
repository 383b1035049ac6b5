/**
 * Folds typographic variants to one form so "Russia’s", "Russia's" and "Russia＇s" are the
 * same word: compatibility normalisation, curly quotes to straight, dashes to hyphens, and
 * zero-width and bidi controls removed (they are invisible but would split words).
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, "");
}
