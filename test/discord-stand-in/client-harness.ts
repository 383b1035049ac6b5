/**
 * The harness of the tests that prove the stand-in against a bare discord.js Client (no bot
 * code): starts a stand-in and a client, collects what interaction handlers throw, and after each
 * test destroys the client and closes the stand-in.
 *
 * ```ts
 * const { connect, onInteraction, handlerErrors } = setUpClientHarness(); // once per test file
 * const { discord, client } = await connect();
 * ```
 */
import { once } from "node:events";
import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import { afterEach } from "vitest";
import { type DiscordStandIn, type StandInOptions, startDiscordStandIn } from "./index.js";
import type { RecordedRequest } from "./types.js";

export interface ClientHarness {
  /**
   * Errors thrown inside interaction handlers; every test asserts there were none it did not
   * expect. Emptied in place after each test, so a file may hold on to this array.
   */
  readonly handlerErrors: unknown[];
  /** Starts a stand-in that is closed after the test. */
  startStandIn(options?: StandInOptions): Promise<DiscordStandIn>;
  /** A client of `standIn`, not logged in yet, that is destroyed after the test. */
  newClient(standIn: DiscordStandIn): Client;
  /** Starts a stand-in and a logged-in, ready client (clientReady fires after the GUILD_CREATEs). */
  connect(options?: StandInOptions): Promise<{ discord: DiscordStandIn; client: Client }>;
  /** Registers an interaction handler whose failures are collected instead of going unhandled. */
  onInteraction(bot: Client, handler: (interaction: Interaction) => Promise<unknown>): void;
}

/** Call once at the top of a test file: registers its `afterEach` and returns its own state. */
export function setUpClientHarness(): ClientHarness {
  let discord: DiscordStandIn | undefined;
  let client: Client | undefined;
  const handlerErrors: unknown[] = [];

  afterEach(async () => {
    await client?.destroy();
    await discord?.close();
    client = undefined;
    discord = undefined;
    handlerErrors.length = 0;
  });

  async function startStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
    const standIn = await startDiscordStandIn(options);
    discord = standIn;
    return standIn;
  }

  function newClient(standIn: DiscordStandIn): Client {
    const bot = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
    client = bot;
    return bot;
  }

  return {
    handlerErrors,
    startStandIn,
    newClient,
    async connect(options = {}) {
      const standIn = await startStandIn(options);
      const bot = newClient(standIn);
      const ready = once(bot, Events.ClientReady);
      await bot.login(standIn.token);
      await ready;
      return { discord: standIn, client: bot };
    },
    onInteraction(bot, handler) {
      bot.on(Events.InteractionCreate, (interaction) => {
        handler(interaction).catch((error: unknown) => handlerErrors.push(error));
      });
    },
  };
}

/** The REST requests made to interaction `id`'s callback route, in order. */
export function callbackRequests(standIn: DiscordStandIn, id: string): RecordedRequest[] {
  return standIn.requests.filter((request) => request.path.startsWith(`/interactions/${id}/`));
}
