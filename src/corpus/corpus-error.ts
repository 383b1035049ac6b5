/** A corpus file that cannot be loaded. The message names the file and says what to fix. */
export class CorpusError extends Error {
  override name = "CorpusError";

  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
