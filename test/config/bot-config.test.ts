import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readBotConfig } from "../../src/config/bot-config.js";
import { loadEnvFile } from "../../src/config/env-file.js";
import { DEFAULT_CORPUS_DIR, DEFAULT_INDEX_CACHE_DIR } from "../../src/config.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz012345";

function configError(env: Record<string, string>, purpose?: "start" | "deploy"): ConfigError {
  try {
    readBotConfig(env, purpose);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readBotConfig", () => {
  it("needs only the token to start, with documented defaults for the rest", () => {
    expect(readBotConfig({ DISCORD_TOKEN: ` ${TOKEN} ` })).toEqual({
      discordToken: TOKEN,
      clientId: null,
      guildId: null,
      apiBase: null,
      logLevel: "info",
      corpusDir: DEFAULT_CORPUS_DIR,
      indexCacheDir: DEFAULT_INDEX_CACHE_DIR,
      cooldown: { uses: 5, seconds: 10 },
      healthPort: null,
      shardCount: "auto",
      shardSpawnDelayMs: 5_500,
    });
  });

  it("SHARD_COUNT: a whole number from 1, or auto", () => {
    expect(readBotConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "2" }).shardCount).toBe(2);
    expect(readBotConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "AUTO" }).shardCount).toBe("auto");
    expect(() => readBotConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "0" })).toThrow(
      /SHARD_COUNT must be a whole number from 1 to 10000/,
    );
    expect(() => readBotConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "two" })).toThrow(
      /SHARD_COUNT/,
    );
  });

  it("reads every variable", () => {
    const config = readBotConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_GUILD_ID: "223456789012345678",
      DISCORD_API_BASE: "http://127.0.0.1:4000/api/",
      LOG_LEVEL: "DEBUG",
      CORPUS_DIR: "my-articles",
      INDEX_CACHE_DIR: "off",
      COOLDOWN_USES: "3",
      COOLDOWN_SECONDS: "2.5",
      HEALTH_PORT: "8080",
    });
    expect(config).toMatchObject({
      clientId: "123456789012345678",
      guildId: "223456789012345678",
      apiBase: "http://127.0.0.1:4000/api",
      logLevel: "debug",
      corpusDir: path.resolve("my-articles"),
      indexCacheDir: null,
      cooldown: { uses: 3, seconds: 2.5 },
      healthPort: 8080,
    });
    expect(readBotConfig({ DISCORD_TOKEN: TOKEN, COOLDOWN_SECONDS: "0" }).cooldown.seconds).toBe(0);
  });

  it.each([
    [{ DISCORD_TOKEN: " " }, "DISCORD_TOKEN", /is not set: copy \.env\.example to \.env/],
    [{ DISCORD_TOKEN: `Bot ${TOKEN}` }, "DISCORD_TOKEN", /starts with "Bot "/],
    [{ DISCORD_TOKEN: `"${TOKEN}` }, "DISCORD_TOKEN", /malformed/],
    [
      { DISCORD_CLIENT_ID: "my-app" },
      "DISCORD_CLIENT_ID",
      /17–20 digits, got "my-app": use the Application ID/,
    ],
    [{ DISCORD_GUILD_ID: "12345" }, "DISCORD_GUILD_ID", /leave it empty to deploy globally/],
    [{ DISCORD_API_BASE: "discord.com/api" }, "DISCORD_API_BASE", /not a URL/],
    [{ DISCORD_API_BASE: "ftp://example.com/api" }, "DISCORD_API_BASE", /http\(s\)/],
    [{ DISCORD_API_BASE: "https://discord.com/api/v10" }, "DISCORD_API_BASE", /adds \/v10 itself/],
    [
      { LOG_LEVEL: "verbose" },
      "LOG_LEVEL",
      /one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [{ COOLDOWN_USES: "0" }, "COOLDOWN_USES", /whole number from 1/],
    [{ COOLDOWN_USES: "2.5" }, "COOLDOWN_USES", /whole number/],
    [{ COOLDOWN_SECONDS: "-1" }, "COOLDOWN_SECONDS", /from 0 to 86400 .*0 turns the cooldown off/],
    [{ HEALTH_PORT: "http" }, "HEALTH_PORT", /whole number from 0 to 65535 .*leave it empty/],
    [{ HEALTH_PORT: "70000" }, "HEALTH_PORT", /from 0 to 65535/],
  ])("%o → one line naming %s and the fix", (env, variable, message) => {
    const error = configError({ DISCORD_TOKEN: TOKEN, ...env });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^${variable} `));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
    expect(error.message).not.toContain(TOKEN);
  });

  it("needs the application id to deploy", () => {
    const error = configError({ DISCORD_TOKEN: TOKEN }, "deploy");
    expect(error.variable).toBe("DISCORD_CLIENT_ID");
    expect(error.message).toMatch(/Application ID/);
  });

  it("never echoes a malformed token", () => {
    const secret = "abc def.ghi.jkl";
    expect(configError({ DISCORD_TOKEN: secret }).message).not.toContain("abc def");
  });
});

describe("loadEnvFile", () => {
  it("loads .env without overriding variables already set; a missing file is fine", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "env-file-"));
    try {
      const file = path.join(dir, ".env");
      writeFileSync(file, `DISCORD_TOKEN="${TOKEN}"\n# a comment\nLOG_LEVEL=debug\n`);
      const env: NodeJS.ProcessEnv = { DOTENV_PATH: file, LOG_LEVEL: "warn" };
      loadEnvFile(env);
      expect(env).toMatchObject({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: "warn" });
      const empty: NodeJS.ProcessEnv = { DOTENV_PATH: path.join(dir, "missing.env") };
      loadEnvFile(empty);
      expect(empty.DISCORD_TOKEN).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
