/**
 * Discord stand-in: a local Discord (REST on node:http + gateway on `ws`, one port on 127.0.0.1)
 * that the real discord.js 14 client logs into, so tests drive the bot through discord.js itself.
 *
 * ```ts
 * const discord = await startDiscordStandIn({ guilds: [{ name: "News" }] });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
 * await client.login(discord.token);                    // GET /gateway/bot, IDENTIFY, READY, GUILD_CREATE
 * const i = discord.dispatchCommand({ name: "ask", options: { question: "who won?" } });
 * const cb = await discord.waitForCallback(i.id);       // { type: 4 | 5 | …, data, receivedAt }
 * const edit = await discord.waitForOriginalEdit(i.token); // after deferReply → editReply
 * discord.originalMessage(i.token);                     // the reply as users see it now
 * await client.destroy(); await discord.close();
 * ```
 *
 * Configuration (`StandInOptions`): applicationId (default = bot user id), botUser, guilds
 * (default one guild with a "general" channel; `[]` = none), token (default generated; only this
 * one is accepted), heartbeatIntervalMs (41 250), interactionDeadlineMs (3000, 0 = off),
 * recommendedShards (`shards` in GET /gateway/bot, default 1).
 *
 * Sharding as on Discord: IDENTIFY's `shard: [id, count]` (default [0, 1]; out of range → close
 * 4010) picks a session's guilds, those with `(guild_id >> 22) % count === id`, for READY and
 * GUILD_CREATE; an interaction goes to the active session of the shard owning its guild (DMs to
 * shard 0), and its dispatch result says which `shard`. `gatewayStats.identifiedShards` lists them.
 *
 * Surface of `DiscordStandIn` (see stand-in.ts):
 * - `apiBase` → pass as discord.js `rest.api` (and as the bot's DISCORD_API_BASE); `gatewayUrl`,
 *   `token`, `applicationId`, `botUser`, `defaultUser` (who invokes interactions), `guilds`.
 * - `requests` (every REST call: method, decoded path below /api/v10, query, headers, parsed body,
 *   files, status, route, fault) and `unknownRequests` (404/405 answered; assert it stays empty).
 * - `commands(guildId?)`: commands stored by PUT/POST (global when no guild id).
 * - Dispatch (INTERACTION_CREATE with realistic payloads) → `{ id, token, dispatchedAt, sequence,
 *   payload }`: `dispatchCommand({ name, options?, user?, guildId?, channelId?, locale? })`,
 *   `dispatchAutocomplete({ name, options, focused? })`, `dispatchButton({ customId, message })`,
 *   `dispatchStringSelect({ customId, values, message })`, raw `dispatch(event, data)`. Options are
 *   Discord's array or a `{ name: value }` shorthand typed from the registered command. `guildId:
 *   null` makes a DM interaction.
 * - Observe: `callback(id)`, `originalMessage(token)`, `followUps(token)`, `edits(token)`,
 *   `interaction(idOrToken)`; await with `waitForCallback`, `waitForOriginalEdit(token, {count})`,
 *   `waitForFollowUp`, `waitForAnswer` (first visible answer, with latencyMs), `waitForRequest`,
 *   `waitFor(probe)`. All waits take `{ timeoutMs }` (default 5000) and fail with a description.
 * - REST faults: `failNext(fault, count = 1)` where fault is `{ method?, pathIncludes?, delayMs? }`
 *   plus one of `status: 429` (+ `retryAfterSeconds` = 1, `global`), `status: 500|502|503|504`,
 *   `status: 400|401|403|404` (+ `code`, `message`), `resetConnection: true`, or just `delayMs`.
 *   `pendingFaults` counts faults not yet hit.
 * - Gateway faults: `dropConnections()` (client resumes), `closeConnections(code)` (4000 resume,
 *   1000 re-identify, 4004 fatal), `sendReconnect()` (op 7), `sendInvalidSession(resumable)`
 *   (op 9), `setHeartbeatAcks(false)` (zombie), `failNextIdentify(code = 4004)`. `gatewayStats`
 *   counts connections, identifies, resumes, heartbeats, dispatches, closeCodes;
 *   `waitForIdentify({count})`, `waitForResume({count})`.
 * - `close()`: idempotent; terminates sockets so nothing keeps the process alive.
 *
 * Discord behaviour modelled (so the bot fails here the way it would in production): callbacks
 * only once (40060) and within the deadline (10062); webhooks only after a callback (10015);
 * 2000-char content, 10 embeds / 6000 chars, 25 choices, command name rules (50035); empty
 * messages (50006); a deferred reply is a Loading message filled by the first edit or follow-up;
 * wrong bot token → REST 401 and gateway close 4004. Interactions dispatched while the client is
 * disconnected are replayed on RESUME; dispatched before any IDENTIFY they are delivered after the
 * next READY; a client that re-identifies (new session) does not get the old session's events.
 *
 * discord.js facts worth knowing when testing against this: callbacks bypass its REST queues, but
 * webhook calls (editReply, followUp) share a client-side global limit of 50 requests/s — a burst of
 * 1,000 deferReply+editReply takes ~20 s unless the client sets `rest.globalRequestsPerSecond`.
 * A 204 must not carry a JSON Content-Type (discord.js would parse the empty body and throw).
 */
import { DiscordStandIn } from "./stand-in.js";
import type { StandInOptions } from "./types.js";

export type {
  AutocompleteDispatch,
  CommandDispatch,
  ComponentDispatch,
  InvokerOptions,
  OptionValues,
  SelectDispatch,
} from "./interaction-payloads.js";
export type { LedgerEntry } from "./interactions.js";
export type { CountOptions } from "./stand-in.js";
export type * from "./types.js";
export type { WaitOptions } from "./waiter.js";
export { DiscordStandIn };

export function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  return DiscordStandIn.start(options);
}
