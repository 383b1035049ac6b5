import type { Concept, PlannedTerm } from "./query-plan.js";

/*
 * Merging a question's ideas: two that name one thing ("phone call") become one, and a word
 * said twice counts once.
 */

/** Whether two concepts name the same thing: one's own words are among the other's terms. */
export function namesTheSame(a: Concept, b: Concept): boolean {
  if (a.weak || b.weak) return false;
  const own = (c: Concept) => c.terms.filter((t) => t.kind !== "expansion").map((t) => t.term);
  const all = (c: Concept) => new Set(c.terms.map((t) => t.term));
  const [termsOfA, termsOfB] = [all(a), all(b)];
  return own(b).every((term) => termsOfA.has(term)) || own(a).every((term) => termsOfB.has(term));
}

/**
 * One idea of two: words that name one thing ("phone call"), or `alternatives` of which the
 * question asks which ("Biden or Putin?").
 */
export function joinConcepts(a: Concept, b: Concept, alternatives = false): Concept {
  const byTerm = new Map<string, PlannedTerm>();
  for (const term of [...a.terms, ...b.terms]) {
    const existing = byTerm.get(term.term);
    if (!existing || existing.weight < term.weight) byTerm.set(term.term, term);
  }
  return {
    surface: `${a.surface} ${b.surface}`,
    terms: [...byTerm.values()],
    importance: Math.max(a.importance, b.importance),
    weak: false,
    wordClass: a.importance >= b.importance ? a.wordClass : b.wordClass,
    inCorpus: a.inCorpus || b.inCorpus,
    ...(alternatives || a.alternatives || b.alternatives ? { alternatives: true } : {}),
    ...(a.focus || b.focus ? { focus: true } : {}),
  };
}

/** "Putin … Putin" is one idea, not two: repeating a word must not double its weight. */
export function mergeDuplicates(concepts: Concept[]): Concept[] {
  const bySignature = new Map<string, Concept>();
  for (const c of concepts) {
    const own = c.terms.filter((t) => t.kind !== "expansion");
    // An idea read only as its synonyms ("calming down", "heating up") is known by them.
    const signature = (own.length > 0 ? own : c.terms).map((t) => t.term).join(" ");
    if (!bySignature.has(signature)) bySignature.set(signature, c);
  }
  return [...bySignature.values()];
}
