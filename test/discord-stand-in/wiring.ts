import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIUser } from "discord.js";
import { CommandStore, commandRoutes } from "./commands.js";
import { FaultQueue } from "./faults.js";
import {
  guildCreatePayload,
  makeBotUser,
  makeUser,
  readyPayload,
  resolveGuilds,
} from "./fixtures.js";
import { GATEWAY_PATH, Gateway, RESUME_PATH } from "./gateway.js";
import { botToken, snowflake } from "./ids.js";
import type { PayloadContext } from "./interaction-payloads.js";
import { InteractionLedger } from "./interactions.js";
import { createRestHandler } from "./rest-server.js";
import { interactionRoutes, sessionRoutes } from "./routes.js";
import { type Shard, shardOf } from "./shards.js";
import type { RecordedRequest, StandInGuild, StandInOptions } from "./types.js";
import { ChangeNotifier } from "./waiter.js";

/** The resolved configuration and the wired-up parts behind the DiscordStandIn facade. */
export interface StandInParts {
  server: Server;
  apiBase: string;
  gatewayUrl: string;
  token: string;
  applicationId: string;
  botUser: APIUser;
  defaultUser: APIUser;
  guilds: StandInGuild[];
  requests: RecordedRequest[];
  unknownRequests: RecordedRequest[];
  notifier: ChangeNotifier;
  faults: FaultQueue;
  ledger: InteractionLedger;
  commands: CommandStore;
  gateway: Gateway;
  payloads: PayloadContext;
}

/** Binds an ephemeral port on 127.0.0.1 and serves REST and the gateway from it. */
export async function wireStandIn(options: StandInOptions): Promise<StandInParts> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const botUser = makeBotUser(options.botUser);
  const applicationId = options.applicationId ?? botUser.id;
  const token = options.token ?? botToken(botUser.id);
  const guilds = resolveGuilds(options.guilds);
  const gatewayUrl = `ws://127.0.0.1:${port}${GATEWAY_PATH}`;
  const resumeUrl = `ws://127.0.0.1:${port}${RESUME_PATH}`;
  const defaultUser = makeUser({ id: snowflake(), username: "tester", global_name: "Tester" });
  const notifier = new ChangeNotifier();
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const unknownRequests: RecordedRequest[] = [];
  const ledger = new InteractionLedger({
    applicationId,
    botUser,
    deadlineMs: options.interactionDeadlineMs ?? 3_000,
    notifier,
  });
  const guildsOf = ([id, count]: Shard) =>
    guilds.filter((guild) => shardOf(guild.id, count) === id);
  const commands = new CommandStore(applicationId, new Set(guilds.map((guild) => guild.id)));
  const gateway = new Gateway({
    token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    readyPayload: (id, shard) =>
      readyPayload({
        botUser,
        applicationId,
        guilds: guildsOf(shard),
        sessionId: id,
        resumeUrl,
        shard,
      }),
    guildCreates: (shard) => guildsOf(shard).map((guild) => guildCreatePayload(guild, botUser)),
    notifier,
  });
  const unregisteredIds = new Map<string, string>();
  const payloads: PayloadContext = {
    applicationId,
    guilds,
    defaultUser,
    findCommand: (name, guildId) => commands.find(name, guildId),
    unregisteredCommandId: (name) => {
      const id = unregisteredIds.get(name) ?? snowflake();
      unregisteredIds.set(name, id);
      return id;
    },
  };
  const routes = [
    ...sessionRoutes(gatewayUrl, botUser, options.recommendedShards ?? 1),
    ...interactionRoutes(ledger),
    ...commandRoutes(commands, applicationId),
  ];
  server.on(
    "request",
    createRestHandler({ token, routes, faults, notifier, requests, unknownRequests }),
  );
  server.on("upgrade", (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  return {
    server,
    apiBase: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    token,
    applicationId,
    botUser,
    defaultUser,
    guilds,
    requests,
    unknownRequests,
    notifier,
    faults,
    ledger,
    commands,
    gateway,
    payloads,
  };
}
