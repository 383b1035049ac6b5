import { describe, expect, it } from "vitest";
import { wordClasses } from "../../src/text/parts-of-speech.js";

const classAt = (text: string, word: string) => wordClasses(text).get(text.indexOf(word));

describe("wordClasses", () => {
  it("reads a word ending a phrase after a preposition as a thing, not a modifier", () => {
    // The tagger reads "swift" as the adjective; cut off from it, it names a thing.
    expect(classAt("any word on the us cutting russia off from swift?", "swift")).toBe("noun");
    expect(classAt("was the response swift?", "swift")).toBe("modifier");
  });
});
