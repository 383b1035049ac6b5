/**
 * Turns an article's Markdown body into plain paragraphs, the unit a citation's ¶N counts.
 * Headings, rules and image lines are layout, not prose, so they are neither passages nor
 * counted as paragraphs; inline emphasis and links keep only their visible text.
 */
export function markdownToParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && !isLayoutBlock(block))
    .map((block) => stripInlineMarkdown(block.replace(/\s*\n\s*/g, " ")))
    .filter((paragraph) => /\p{L}/u.test(paragraph));
}

function isLayoutBlock(block: string): boolean {
  return /^(?:#{1,6}\s|!\[[^\]]*\]\([^)]*\)$|([-*_])(?:\s*\1){2,}$)/.test(block);
}

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[\s(])[*_](?=\S)([^*_]*?\S)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/^>\s?/, "");
}
