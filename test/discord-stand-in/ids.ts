import { randomBytes } from "node:crypto";

/** Discord's epoch (2015-01-01T00:00:00Z); snowflakes count milliseconds from it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let lastMs = 0n;
let increment = 0n;

/**
 * A real-looking snowflake (19 digits today) that encodes the current time, so discord.js's
 * `createdTimestamp` is sensible. Ids are strictly increasing within the process: @discordjs/rest
 * only buckets webhook routes per interaction when ids are 17–19 digits, and sorting by id must
 * match creation order as it does on Discord.
 */
export function snowflake(): string {
  let ms = BigInt(Date.now());
  if (ms <= lastMs) {
    ms = lastMs;
    increment += 1n;
    // 12 bits of increment per millisecond; borrow the next millisecond rather than collide.
    if (increment > 4095n) {
      ms += 1n;
      increment = 0n;
    }
  } else {
    increment = 0n;
  }
  lastMs = ms;
  return (((ms - DISCORD_EPOCH) << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}

/** Interaction tokens travel as a URL path segment, so they must be URL-safe like Discord's. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(60).toString("base64url")}`;
}

/** Bot tokens look like Discord's three dot-separated parts (discord.js censors them by part). */
export function botToken(userId: string): string {
  const id = Buffer.from(userId).toString("base64url");
  return `${id}.StandIn.${randomBytes(20).toString("base64url")}`;
}

export function sessionId(): string {
  return randomBytes(16).toString("hex");
}

export function isoNow(): string {
  return new Date().toISOString();
}
