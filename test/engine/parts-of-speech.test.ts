import { describe, expect, it } from "vitest";
import { wordClasses } from "../../src/text/parts-of-speech.js";

const classAt = (text: string, word: string) => wordClasses(text).get(text.indexOf(word));

describe("wordClasses", () => {
  it("reads a word ending a phrase after a preposition as a thing, not a modifier", () => {
    // The tagger reads "swift" as the adjective; cut off from it, it names a thing.
    expect(classAt("any word on the us cutting russia off from swift?", "swift")).toBe("noun");
    expect(classAt("was the response swift?", "swift")).toBe("modifier");
    // Nor need the phrase end the question: no noun follows for it to qualify.
    expect(classAt("is kicking russia off swift one of the sanctions?", "swift")).toBe("noun");
    expect(classAt("did they spin it as productive or smth", "productive")).toBe("modifier");
    expect(classAt("was it cut off from swift help", "swift")).toBe("modifier");
    // An adverb ends a phrase as readily as it qualifies one.
    expect(classAt("where did it come from originally, like what document?", "originally")).toBe(
      "modifier",
    );
  });

  it("reads the first of two nouns after an auxiliary as a thing, where the tagger saw a verb", () => {
    expect(classAt("how did oil prices react to the call?", "oil")).toBe("noun");
    expect(classAt("did putin threaten sanctions?", "threaten")).toBe("verb");
    expect(classAt("did biden warn us about it?", "warn")).toBe("verb");
  });

  it("reads a 'verb' between an auxiliary and the verb it carries as its subject", () => {
    expect(classAt("what did blinken say about the call", "blinken")).toBe("noun");
    expect(classAt("how did markets react to the call", "markets")).toBe("noun");
    expect(classAt("did putin say anything new?", "putin")).not.toBe("verb");
  });

  it("reads a 'noun' right after a personal pronoun as its verb", () => {
    expect(classAt("did either of them sound optimistic?", "sound")).toBe("verb");
    expect(classAt("was there a sound on the line?", "sound")).toBe("noun");
    expect(classAt("did we sanction banks?", "banks")).toBe("noun");
  });

  it("reads a plural 'noun' between the thing asked about and a determiner as its verb", () => {
    expect(classAt("which city hosts the talks in january", "hosts")).toBe("verb");
    expect(classAt("which article compares this buildup to crimea?", "compares")).toBe("verb");
    // Not where the thing asked about is itself plural, nor without the determiner.
    expect(classAt("what sanctions were threatened?", "sanctions")).toBe("noun");
    expect(classAt("which city hosts?", "hosts")).toBe("noun");
  });

  it("reads a figure before a unit of time as a span of time, not a name", () => {
    expect(classAt("so two calls in like 4 weeks?", "4")).toBe("noun");
    expect(classAt("what happened in 2014?", "2014")).toBe("name");
  });
});
