import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  type GatewayGuildCreateDispatchData,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
} from "discord.js";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { isRecord } from "./http.js";
import { sessionId } from "./ids.js";
import { identifyShard, type Shard, shardOf } from "./shards.js";
import type { GatewayStats } from "./types.js";
import type { ChangeNotifier } from "./waiter.js";

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** `shard` is what IDENTIFY asked for: READY and GUILD_CREATE list only that shard's guilds. */
  readyPayload(sessionId: string, shard: Shard): GatewayReadyDispatchData;
  guildCreates(shard: Shard): GatewayGuildCreateDispatchData[];
  notifier: ChangeNotifier;
}

interface DispatchFrame {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, replayed from the client's sequence on RESUME. */
  log: DispatchFrame[];
  connection: Connection | null;
  valid: boolean;
  shard: Shard;
}

interface Connection {
  ws: WebSocket;
  session: Session | null;
  /** Dispatches go out only after READY or RESUMED was sent on this connection. */
  live: boolean;
}

/** Long enough to replay a 1,000-interaction burst after a drop. */
const MAX_LOG = 20_000;
export const GATEWAY_PATH = "/gateway";
export const RESUME_PATH = "/gateway/resume";

/**
 * The WebSocket half: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME with replay, and
 * dispatches. Text frames only (discord.js drops binary frames unless zlib-sync is installed).
 * One "active" session per shard receives dispatches: the one most recently identified for it.
 * A guild's events go to the shard that owns the guild, as on Discord.
 */
export class Gateway {
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #connections = new Set<Connection>();
  readonly #sessions = new Map<string, Session>();
  /** Active session by shard id. */
  readonly #active = new Map<number, Session>();
  /** Shard count of the latest IDENTIFY: how guilds are split among the sessions. */
  #shardCount = 1;
  /** Dispatched while the owning shard had no session; delivered right after its next READY. */
  #pending: Array<{ t: string; d: unknown; guildId: string | null }> = [];
  #heartbeatAcks = true;
  #identifyFaults: number[] = [];
  readonly stats: GatewayStats = {
    connections: 0,
    openConnections: 0,
    identifies: 0,
    resumes: 0,
    heartbeats: 0,
    dispatches: 0,
    closeCodes: [],
    identifiedShards: [],
  };

  constructor(private readonly options: GatewayOptions) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== GATEWAY_PATH && url.pathname !== RESUME_PATH) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, url));
  }

  /**
   * Sends a dispatch to the active session of the shard owning `guildId` (shard 0 for none);
   * returns its sequence (null = queued until that shard's READY) and the shard.
   */
  dispatch(
    event: string,
    data: unknown,
    guildId: string | null = null,
  ): { sequence: number | null; shard: number } {
    const shard = shardOf(guildId, this.#shardCount);
    const session = this.#active.get(shard);
    if (!session) {
      this.#pending.push({ t: event, d: data, guildId });
      return { sequence: null, shard };
    }
    return { sequence: this.#dispatchTo(session, event, data), shard };
  }

  /** Destroys sockets without a close frame (code 1006 on the client): discord.js resumes. */
  dropConnections(): void {
    for (const connection of this.#connections) connection.ws.terminate();
  }

  /** 4000 → the client resumes; 1000 → it identifies afresh; 4004 etc. → it gives up. */
  closeConnections(code: number, reason = "Closed by the Discord stand-in"): void {
    for (const connection of this.#connections) connection.ws.close(code, reason);
  }

  /** Op 7: discord.js closes (4200), reconnects to resume_gateway_url and resumes. */
  sendReconnect(): void {
    for (const connection of this.#connections) {
      this.#send(connection, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
    }
  }

  /**
   * Op 9. Resumable: discord.js sends RESUME on the same socket. Not resumable: the session is
   * forgotten and discord.js reconnects and identifies (throttled to one IDENTIFY per ~5 s).
   */
  sendInvalidSession(resumable: boolean): void {
    for (const connection of this.#connections) {
      const session = connection.session;
      if (session) {
        session.connection = null;
        if (!resumable) this.#invalidate(session);
      }
      connection.session = null;
      connection.live = false;
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Stop acking heartbeats: discord.js treats the connection as a zombie at its next beat. */
  setHeartbeatAcks(enabled: boolean): void {
    this.#heartbeatAcks = enabled;
  }

  /** The next IDENTIFY(s) are answered by closing with this code (default 4004). */
  failNextIdentify(code: number = GatewayCloseCodes.AuthenticationFailed, count = 1): void {
    for (let i = 0; i < count; i += 1) this.#identifyFaults.push(code);
  }

  /** Empties every session's replay log: frames sent so far can no longer be resumed. */
  forgetReplayLog(): void {
    for (const session of this.#sessions.values()) session.log.length = 0;
  }

  close(): Promise<void> {
    for (const connection of this.#connections) connection.ws.terminate();
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(ws: WebSocket, url: URL): void {
    const connection: Connection = { ws, session: null, live: false };
    this.#connections.add(connection);
    this.stats.connections += 1;
    this.stats.openConnections += 1;
    ws.on("message", (data, isBinary) => this.#onMessage(connection, data, isBinary));
    ws.on("close", (code) => this.#onClose(connection, code));
    // An "error" is always followed by "close"; listening keeps it from being thrown.
    ws.on("error", () => undefined);
    if (url.searchParams.get("v") !== "10") {
      ws.close(GatewayCloseCodes.InvalidAPIVersion, "Invalid API version");
    } else if ((url.searchParams.get("encoding") ?? "json") !== "json") {
      ws.close(GatewayCloseCodes.DecodeError, "Only encoding=json is supported");
    } else {
      const hello = { heartbeat_interval: this.options.heartbeatIntervalMs };
      this.#send(connection, { op: GatewayOpcodes.Hello, d: hello, s: null, t: null });
    }
    this.options.notifier.notify();
  }

  #onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      payload = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload) || typeof payload.op !== "number") {
      connection.ws.close(GatewayCloseCodes.DecodeError, "Decode error");
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.stats.heartbeats += 1;
        if (this.#heartbeatAcks) {
          this.#send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        }
        break;
      case GatewayOpcodes.Identify:
        this.#identify(connection, payload.d);
        break;
      case GatewayOpcodes.Resume:
        this.#resume(connection, payload.d);
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session) {
          connection.ws.close(GatewayCloseCodes.NotAuthenticated, "Not authenticated");
        }
        break;
      default:
        connection.ws.close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode");
    }
    this.options.notifier.notify();
  }

  #identify(connection: Connection, data: unknown): void {
    this.stats.identifies += 1;
    if (connection.session) {
      connection.ws.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated");
      return;
    }
    const injected = this.#identifyFaults.shift();
    if (injected !== undefined) {
      connection.ws.close(injected, "Injected IDENTIFY failure");
      return;
    }
    if (!isRecord(data) || data.token !== this.options.token) {
      connection.ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const shard = identifyShard(data.shard);
    if (!shard) {
      connection.ws.close(GatewayCloseCodes.InvalidShard, "Invalid shard");
      return;
    }
    this.stats.identifiedShards.push(shard);
    const session: Session = { id: sessionId(), seq: 0, log: [], connection, valid: true, shard };
    this.#sessions.set(session.id, session);
    this.#active.set(shard[0], session);
    this.#shardCount = shard[1];
    connection.session = session;
    connection.live = true;
    this.#dispatchTo(
      session,
      GatewayDispatchEvents.Ready,
      this.options.readyPayload(session.id, shard),
    );
    for (const guild of this.options.guildCreates(shard)) {
      this.#dispatchTo(session, GatewayDispatchEvents.GuildCreate, guild);
    }
    const mine = (guildId: string | null) => shardOf(guildId, shard[1]) === shard[0];
    const pending = this.#pending.filter((event) => mine(event.guildId));
    this.#pending = this.#pending.filter((event) => !mine(event.guildId));
    for (const { t, d } of pending) this.#dispatchTo(session, t, d);
  }

  #resume(connection: Connection, data: unknown): void {
    this.stats.resumes += 1;
    if (connection.session) {
      connection.ws.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated");
      return;
    }
    if (!isRecord(data) || data.token !== this.options.token) {
      connection.ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const session =
      typeof data.session_id === "string" ? this.#sessions.get(data.session_id) : undefined;
    if (!session?.valid) {
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = typeof data.seq === "number" ? data.seq : 0;
    if (seq > session.seq) {
      connection.ws.close(GatewayCloseCodes.InvalidSeq, "Invalid seq");
      return;
    }
    // A session lives on one socket; a stale one (half-open after a drop) is cut off.
    if (session.connection && session.connection !== connection) {
      session.connection.session = null;
      session.connection.ws.terminate();
    }
    session.connection = connection;
    connection.session = session;
    for (const frame of session.log) if (frame.s > seq) this.#send(connection, frame);
    session.seq += 1;
    this.#send(connection, { op: GatewayOpcodes.Dispatch, t: "RESUMED", s: session.seq, d: {} });
    connection.live = true;
    if (!this.#active.has(session.shard[0])) this.#active.set(session.shard[0], session);
  }

  #dispatchTo(session: Session, event: string, data: unknown): number {
    session.seq += 1;
    const frame: DispatchFrame = { op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data };
    session.log.push(frame);
    if (session.log.length > MAX_LOG) session.log.shift();
    const connection = session.connection;
    if (connection?.live) this.#send(connection, frame);
    this.stats.dispatches += 1;
    return frame.s;
  }

  #invalidate(session: Session): void {
    session.valid = false;
    if (this.#active.get(session.shard[0]) === session) this.#active.delete(session.shard[0]);
  }

  #onClose(connection: Connection, code: number): void {
    this.#connections.delete(connection);
    this.stats.openConnections -= 1;
    this.stats.closeCodes.push(code);
    const session = connection.session;
    if (session?.connection === connection) session.connection = null;
    connection.session = null;
    connection.live = false;
    this.options.notifier.notify();
  }

  #send(connection: Connection, payload: object): void {
    // A string is sent as a text frame, the only kind discord.js reads without zlib-sync.
    if (connection.ws.readyState === WebSocket.OPEN) connection.ws.send(JSON.stringify(payload));
  }
}
