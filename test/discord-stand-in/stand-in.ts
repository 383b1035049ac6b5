import type { APIApplicationCommand, APIInteraction, APIMessage, APIUser } from "discord.js";
import { GatewayDispatchEvents } from "discord.js";
import { isRecord } from "./http.js";
import {
  type AutocompleteDispatch,
  autocompletePayload,
  buttonPayload,
  type CommandDispatch,
  type ComponentDispatch,
  chatInputPayload,
  type SelectDispatch,
  stringSelectPayload,
} from "./interaction-payloads.js";
import type { LedgerEntry } from "./interactions.js";
import {
  answerProbe,
  callbackProbe,
  followUpProbe,
  originalEditProbe,
  type Probe,
  requestProbe,
  statsProbe,
} from "./probes.js";
import type {
  CallbackRecord,
  DispatchedInteraction,
  FaultSpec,
  GatewayStats,
  InteractionAnswer,
  MessageEditRecord,
  RecordedRequest,
  StandInGuild,
  StandInOptions,
} from "./types.js";
import type { InteractionKind } from "./validation.js";
import type { WaitOptions } from "./waiter.js";
import { type StandInParts, wireStandIn } from "./wiring.js";

export interface CountOptions extends WaitOptions {
  /** Resolve on the n-th occurrence (default 1). */
  count?: number;
}

/** A running stand-in. Create it with `startDiscordStandIn`; see index.ts for a tour. */
export class DiscordStandIn {
  /** Pass as discord.js `rest.api` (and as the bot's DISCORD_API_BASE): http://127.0.0.1:PORT/api */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  /** The only bot token accepted on REST and the gateway. */
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** The user interactions come from unless a dispatch overrides `user`. */
  readonly defaultUser: APIUser;
  readonly guilds: StandInGuild[];
  /** Every REST request in arrival order. */
  readonly requests: RecordedRequest[];
  /** Requests no route matched (answered 404/405): assert this stays empty. */
  readonly unknownRequests: RecordedRequest[];
  readonly #parts: StandInParts;
  #closing: Promise<void> | null = null;

  private constructor(parts: StandInParts) {
    this.#parts = parts;
    this.apiBase = parts.apiBase;
    this.gatewayUrl = parts.gatewayUrl;
    this.token = parts.token;
    this.applicationId = parts.applicationId;
    this.botUser = parts.botUser;
    this.defaultUser = parts.defaultUser;
    this.guilds = parts.guilds;
    this.requests = parts.requests;
    this.unknownRequests = parts.unknownRequests;
  }

  static async start(options: StandInOptions = {}): Promise<DiscordStandIn> {
    return new DiscordStandIn(await wireStandIn(options));
  }

  // ── gateway dispatches ────────────────────────────────────────────────────────────────────

  dispatchCommand(input: CommandDispatch): DispatchedInteraction {
    return this.#dispatchInteraction(chatInputPayload(this.#parts.payloads, input), "command");
  }

  dispatchAutocomplete(input: AutocompleteDispatch): DispatchedInteraction {
    return this.#dispatchInteraction(
      autocompletePayload(this.#parts.payloads, input),
      "autocomplete",
    );
  }

  dispatchButton(input: ComponentDispatch): DispatchedInteraction {
    return this.#dispatchInteraction(buttonPayload(this.#parts.payloads, input), "component");
  }

  dispatchStringSelect(input: SelectDispatch): DispatchedInteraction {
    return this.#dispatchInteraction(stringSelectPayload(this.#parts.payloads, input), "component");
  }

  /** Any other gateway event, raw. Returns its sequence number (null = queued until READY). */
  dispatch(event: string, data: unknown): number | null {
    // Raw events route by their guild_id, as Discord routes them to the owning shard.
    const guildId = isRecord(data) && typeof data.guild_id === "string" ? data.guild_id : null;
    const { sequence } = this.#parts.gateway.dispatch(event, data, guildId);
    this.#parts.notifier.notify();
    return sequence;
  }

  #dispatchInteraction(payload: APIInteraction, kind: InteractionKind): DispatchedInteraction {
    const entry = this.#parts.ledger.register(payload, kind);
    const { sequence, shard } = this.#parts.gateway.dispatch(
      GatewayDispatchEvents.InteractionCreate,
      payload,
      payload.guild_id ?? null,
    );
    entry.sequence = sequence;
    this.#parts.notifier.notify();
    const { id, token, dispatchedAt } = entry;
    return { id, token, dispatchedAt, sequence, shard, payload };
  }

  // ── what the bot did ──────────────────────────────────────────────────────────────────────

  commands(guildId?: string): APIApplicationCommand[] {
    return this.#parts.commands.list(guildId);
  }

  /** Full state of a dispatched interaction (by id or token). */
  interaction(idOrToken: string): Readonly<LedgerEntry> {
    return this.#parts.ledger.get(idOrToken);
  }

  interactions(): ReadonlyArray<Readonly<LedgerEntry>> {
    return this.#parts.ledger.all();
  }

  callback(idOrToken: string): CallbackRecord | null {
    return this.#parts.ledger.get(idOrToken).callback;
  }

  /** The response message as users see it now; null before a reply or after deleteReply. */
  originalMessage(idOrToken: string): APIMessage | null {
    const entry = this.#parts.ledger.get(idOrToken);
    return entry.originalDeleted ? null : entry.original;
  }

  followUps(idOrToken: string): APIMessage[] {
    return [...this.#parts.ledger.get(idOrToken).followUps];
  }

  edits(idOrToken: string): MessageEditRecord[] {
    return [...this.#parts.ledger.get(idOrToken).edits];
  }

  waitForCallback(idOrToken: string, options: WaitOptions = {}): Promise<CallbackRecord> {
    return this.#wait(callbackProbe(this.#parts.ledger.get(idOrToken)), options);
  }

  /** Resolves with the `count`-th PATCH of `@original` (default: the first). */
  waitForOriginalEdit(idOrToken: string, options: CountOptions = {}): Promise<MessageEditRecord> {
    return this.#wait(
      originalEditProbe(this.#parts.ledger.get(idOrToken), options.count ?? 1),
      options,
    );
  }

  waitForFollowUp(idOrToken: string, options: CountOptions = {}): Promise<APIMessage> {
    return this.#wait(
      followUpProbe(this.#parts.ledger.get(idOrToken), options.count ?? 1),
      options,
    );
  }

  /** First moment the user saw an answer: a reply/update, or the edit/follow-up after a defer. */
  waitForAnswer(idOrToken: string, options: WaitOptions = {}): Promise<InteractionAnswer> {
    return this.#wait(answerProbe(this.#parts.ledger.get(idOrToken)), options);
  }

  /** Resolves with the `count`-th answered request matching the predicate. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options: CountOptions = {},
  ): Promise<RecordedRequest> {
    return this.#wait(requestProbe(this.requests, predicate, options.count ?? 1), options);
  }

  /** Generic: wait until `probe` returns something other than undefined (polled every 5 ms). */
  waitFor<T>(
    probe: () => T | undefined,
    options: WaitOptions = {},
    what = "a condition",
  ): Promise<T> {
    return this.#parts.notifier.waitFor(probe, options, () => what, true);
  }

  /**
   * Forgets these interactions, every REST request recorded so far and the gateway's replay
   * log, so a long soak measures the bot's memory rather than the stand-in's. Only for
   * interactions already answered: waiting on one afterwards throws. `unknownRequests` stays.
   */
  forget(idsOrTokens: Iterable<string>): void {
    for (const idOrToken of idsOrTokens) this.#parts.ledger.forget(idOrToken);
    this.requests.length = 0;
    this.#parts.gateway.forgetReplayLog();
  }

  // ── gateway state and faults ──────────────────────────────────────────────────────────────

  get gatewayStats(): Readonly<GatewayStats> {
    return this.#parts.gateway.stats;
  }

  /** Resolves once the stand-in has answered the `count`-th IDENTIFY (with READY or a close). */
  waitForIdentify(options: CountOptions = {}): Promise<GatewayStats> {
    return this.#wait(
      statsProbe(this.#parts.gateway.stats, "identifies", options.count ?? 1),
      options,
    );
  }

  /**
   * Resolves once the stand-in has answered the `count`-th RESUME. discord.js processes RESUMED a
   * moment later: before injecting another gateway fault, await the client's `shardResume`.
   */
  waitForResume(options: CountOptions = {}): Promise<GatewayStats> {
    return this.#wait(
      statsProbe(this.#parts.gateway.stats, "resumes", options.count ?? 1),
      options,
    );
  }

  /**
   * Queue a REST fault for the next `count` matching requests. How discord.js reacts: 429 → waits
   * Retry-After + 50 ms and retries (forever); 5xx → retries at once, 3 times, then throws
   * HTTPError; 4xx → throws DiscordAPIError; resetConnection → throws "other side closed" (undici
   * errors other than ECONNRESET are not retried); delay > 15 s → aborts and retries.
   */
  failNext(fault: FaultSpec, count = 1): void {
    this.#parts.faults.add(fault, count);
  }

  get pendingFaults(): number {
    return this.#parts.faults.pending;
  }

  /** Close the next IDENTIFY(s) with `code` (default 4004 → login rejects "Authentication failed"). */
  failNextIdentify(code?: number, count?: number): void {
    this.#parts.gateway.failNextIdentify(code, count);
  }

  /** Destroy sockets without a close frame: discord.js resumes ~500 ms later on resume_gateway_url. */
  dropConnections(): void {
    this.#parts.gateway.dropConnections();
  }

  /**
   * Close with `code`: 4000 (and most 4xxx) → resume after ~500 ms; 1000 → new IDENTIFY, which
   * discord.js throttles to one per 5 s (+ up to 1.5 s jitter); 4004/4010–4014 → it gives up and
   * emits shardDisconnect, yet `client.isReady()` stays true.
   */
  closeConnections(code: number, reason?: string): void {
    this.#parts.gateway.closeConnections(code, reason);
  }

  /** Op 7: discord.js closes with 4200 and resumes ~500 ms later. */
  sendReconnect(): void {
    this.#parts.gateway.sendReconnect();
  }

  /**
   * Op 9. `true`: discord.js sends RESUME on the same socket. `false`: it reconnects and identifies
   * (throttled, see closeConnections); interactions dispatched meanwhile reach it after READY, which
   * may be past the callback deadline. Do not send `false` while discord.js is still processing a
   * RESUMED (await the client's `shardResume` first): discord.js 14.28 then crashes with an uncaught
   * TypeError in its RESUMED handler.
   */
  sendInvalidSession(resumable: boolean): void {
    this.#parts.gateway.sendInvalidSession(resumable);
  }

  /** With acks off, discord.js declares a zombie at its next beat, closes 4200 and resumes. */
  setHeartbeatAcks(enabled: boolean): void {
    this.#parts.gateway.setHeartbeatAcks(enabled);
  }

  #wait<T>({ probe, what }: Probe<T>, options: WaitOptions): Promise<T> {
    return this.#parts.notifier.waitFor(probe, options, what);
  }

  /** Idempotent; safe in afterEach even when the test already closed it. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#parts.notifier.close("The Discord stand-in was closed");
      await this.#parts.gateway.close();
      // discord.js (undici) keeps REST sockets alive; cut them so server.close() returns now.
      this.#parts.server.closeAllConnections();
      await new Promise<void>((resolve) => this.#parts.server.close(() => resolve()));
    })();
    return this.#closing;
  }
}
