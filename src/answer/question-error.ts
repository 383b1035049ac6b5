import { MAX_QUESTION_LENGTH } from "./answer-types.js";

/** A question the engine will not take; the message says what to do instead. */
export class QuestionError extends Error {
  override name = "QuestionError";
}

/**
 * Checks a question before any work is done and returns it trimmed.
 * @throws QuestionError when it is empty or longer than `MAX_QUESTION_LENGTH` characters.
 */
export function validateQuestion(question: string): string {
  const trimmed = question.trim();
  if (trimmed === "") throw new QuestionError("The question is empty: type what you want to know.");
  if ([...trimmed].length > MAX_QUESTION_LENGTH) {
    throw new QuestionError(
      `The question is too long (${[...trimmed].length} characters): keep it under ${MAX_QUESTION_LENGTH + 1}.`,
    );
  }
  return trimmed;
}
