import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passage-index.js";

/** One article of a small corpus written for a test: front matter fields, then paragraphs. */
export interface OwnArticle {
  id?: string;
  outlet?: string;
  /** Extra front matter lines, such as "published: 2021-12-31". */
  frontMatter?: string[];
  paragraphs: string[];
}

/**
 * Indexes a corpus written in the test, the way a user's own files would be: through the
 * corpus parser, not hand-made passages.
 *
 * @example
 * const index = ownIndex({ paragraphs: ["The pier opened.", "Boats moor there."] });
 */
export function ownIndex(...articles: OwnArticle[]): PassageIndex {
  return buildPassageIndex(
    articlesFromFiles(
      articles.map(({ id, outlet = "Wire", frontMatter = [], paragraphs }, i) => {
        const name = id ?? String.fromCharCode(97 + i);
        const head = [`id: ${name}`, `title: ${name.toUpperCase()}`, `outlet: ${outlet}`];
        return {
          file: `${name}.md`,
          text: `---\n${[...head, ...frontMatter].join("\n")}\n---\n${paragraphs.join("\n\n")}`,
        };
      }),
    ),
  );
}
