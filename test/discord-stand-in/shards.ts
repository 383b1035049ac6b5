/** Discord's sharding rules, shared by the gateway and the wiring that picks each shard's guilds. */

/** `[shard id, shard count]`, as in IDENTIFY; `[0, 1]` for an unsharded bot. */
export type Shard = [number, number];

/** Discord's rule: a guild belongs to shard `(guild_id >> 22) % count`; DMs go to shard 0. */
export function shardOf(guildId: string | null | undefined, count: number): number {
  return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
}

/** IDENTIFY's optional `shard: [id, count]`; null when malformed (Discord closes with 4010). */
export function identifyShard(raw: unknown): Shard | null {
  if (raw === undefined) return [0, 1];
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [id, count] = raw as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  const shard: Shard = [id as number, count as number];
  return shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1] ? shard : null;
}
