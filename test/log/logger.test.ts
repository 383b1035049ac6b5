import { describe, expect, it } from "vitest";
import { createLogger, REDACTED, secretScrubber } from "../../src/log/logger.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz012345";

function capture(pretty: boolean) {
  const lines: string[] = [];
  const logger = createLogger({
    level: "trace",
    secrets: [TOKEN],
    pretty,
    sink: { write: (line: string) => lines.push(line) },
  });
  return { logger, lines };
}

describe("createLogger", () => {
  it("writes JSON lines", () => {
    const { logger, lines } = capture(false);
    logger.info({ event: "ready", tag: "bot#1" }, "ready");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      level: 30,
      event: "ready",
      tag: "bot#1",
      msg: "ready",
    });
  });

  it.each([false, true])("never lets the token through (pretty: %s)", (pretty) => {
    const { logger, lines } = capture(pretty);
    const error = new Error(`request to https://x/api?token=${TOKEN} failed`);
    logger.info({ token: TOKEN }, "token field");
    logger.info({ config: { discordToken: TOKEN } }, "config");
    logger.info({ headers: { authorization: `Bot ${TOKEN}` } }, "headers");
    logger.warn({ detail: { nested: [`Bot ${TOKEN}`] } }, "nested");
    logger.error({ err: error }, "an error");
    logger.error(error);
    logger.info(`in the message ${TOKEN}`);
    logger.debug("formatted %s", TOKEN);
    expect(lines.length).toBe(8);
    for (const line of lines) expect(line).not.toContain(TOKEN);
    expect(lines.join("")).toContain(REDACTED);
  });

  it("falls back to nothing for short secrets, which would mangle ordinary words", () => {
    expect(secretScrubber(["abc"])("abcdef")).toBe("abcdef");
    expect(secretScrubber([TOKEN, TOKEN])(`x${TOKEN}y${TOKEN}`)).toBe(`x${REDACTED}y${REDACTED}`);
  });

  it("pretty output is human-readable, not JSON", () => {
    const { logger, lines } = capture(true);
    logger.info({ event: "ready" }, "ready: logged in");
    expect(lines[0]).toMatch(/INFO.*ready: logged in/);
    expect(() => JSON.parse(lines[0] ?? "")).toThrow();
  });
});
