import { analyze, analyzeTokens } from "../text/analyze.js";
import { hasVerbIn, type WordClass, wordClasses } from "../text/parts-of-speech.js";
import type { QueryPlan } from "./query-plan.js";

/** "Where was Biden", "where's the buildup": "where" and a form of "be", then what is asked about. */
const WHERE_IS = /\bwhere(?:'s|s|\s+(?:is|was|are|were))\s+([^?!.,;]*)/i;
/** Words that open a clause of the question's own ("when he took the call"). */
const CLAUSE_OPENER = /\s+(?:when|while|during|as|before|after|at\s+the\s+time|once)\b.*$/i;

/**
 * "Where was Putin sitting", "where was Biden staying": a verb of being somewhere asks where
 * one was, as "where was Putin" does, not what one did there. "Sitting down" is meeting.
 */
const POSTURE =
  /\s+(?:sitting|staying|standing|located|based|positioned)\b(?!\s+(?:down|up|in|by|firm|on)\b).*$/i;

/**
 * What a question asks the whereabouts of, as index terms: "where" and a form of "be" with no
 * verb of its own ("Where was Biden when he took the call?" → ["biden", "physic"] for
 * "physically"). A question with a verb may be answered by the occasion instead, "Where did the
 * official brief reporters?" by "in a background call with reporters", and gets none.
 * `classesOf` gives the question's word classes, tagged once for the whole plan.
 *
 * @example
 * whereaboutsOf("where was biden physically when he took the call"); // ["biden", "physic"]
 * whereaboutsOf("Where are Russian forces massing?");                 // []
 */
export function whereaboutsOf(
  question: string,
  classesOf: () => ReadonlyMap<number, WordClass> = () => wordClasses(question),
): string[] {
  const match = WHERE_IS.exec(question);
  const asked = match?.[1]?.replace(CLAUSE_OPENER, "").replace(POSTURE, "").trim();
  // "where are officials meeting next": the tagger may read the verb as a noun.
  if (!match || !asked || /\b\p{L}{3,}ing\b/iu.test(asked)) return [];
  const start = match.index + match[0].length - (match[1]?.length ?? 0);
  return hasVerbIn(classesOf(), start, asked.length) ? [] : analyze(asked);
}

/** Letters two forms of one word share at the start: "Russia" and "Russian", "America" and "American". */
const SAME_WORD_OPENING = 5;

/**
 * For "where was X": the forms of each word of X the corpus holds, one of which a sentence
 * giving the place must hold ("physically" is no one's place, and is left out). A synonym
 * does not name X: "Officials from Washington … in Geneva" places no one called Biden, though
 * Washington stands for Biden elsewhere. A form of the same word does: "Russia's buildup".
 *
 * @example
 * locatedForms(planQuery("where is the russian buildup", index)); // [["russian", "russia"], ["buildup"]]
 */
export function locatedForms(plan: Pick<QueryPlan, "concepts" | "whereabouts">): string[][] {
  return plan.concepts.flatMap((concept) => {
    const own = concept.terms[0]?.term ?? "";
    if (!concept.inCorpus || !plan.whereabouts.includes(own)) return [];
    const opening = own.slice(0, SAME_WORD_OPENING);
    const forms = concept.terms
      .map((term) => term.term)
      .filter(
        (term) =>
          term === own || (opening.length === SAME_WORD_OPENING && term.startsWith(opening)),
      );
    return [forms];
  });
}

/**
 * Words either side of X's name within which its place must stand: "Biden, speaking from his
 * home in Wilmington". "Biden urged … according to a readout from White House press
 * secretary Jen Psaki" places the readout, twenty words on, not Biden.
 */
const PLACE_REACH = 8;

/**
 * Whether a sentence gives a place (`places` matches one, and has the global flag) within
 * reach of a form of each word of X (`located`, from `locatedForms`).
 *
 * @example
 * placedNear("Biden spoke from his home in Wilmington.", [["biden"]], /\bin\s+\p{Lu}/gu); // true
 */
export function placedNear(text: string, located: readonly string[][], places: RegExp): boolean {
  const tokens = analyzeTokens(text);
  const placeAt = [...text.matchAll(places)].map((match) =>
    tokens.findIndex((token) => token.start >= match.index),
  );
  return located.every((forms) =>
    tokens.some(
      (token, i) =>
        token.terms.some((term) => forms.includes(term)) &&
        placeAt.some((at) => at >= 0 && Math.abs(at - i) <= PLACE_REACH),
    ),
  );
}
