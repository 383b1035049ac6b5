import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Client, Status } from "discord.js";
import type { Engine } from "../engine.js";

/** What `GET /health` answers: for process managers and container orchestrators. */
export interface HealthReport {
  /** "ok" while the gateway session is ready; "degraded" while it reconnects or is gone. */
  status: "ok" | "degraded";
  gateway: {
    /** discord.js's name for the connection state: Ready, Resuming, Reconnecting, … */
    status: string;
    /** Heartbeat round trip in ms; `null` before Discord has acknowledged a heartbeat. */
    ping: number | null;
  };
  corpus: {
    articles: number;
    passages: number;
    /** When this process loaded (or built) the index it answers from. */
    indexLoadedAt: string;
    indexAgeSeconds: number;
    indexSource: Engine["indexSource"]["from"];
  };
}

export interface HealthSource {
  client: Client;
  /** Read at each request, so a reloaded index is reported as soon as it serves. */
  engine(): Engine;
}

export interface HealthServer {
  /** The port bound, which differs from the one asked for when that was 0. */
  port: number;
  close(): Promise<void>;
}

export const HEALTH_HOST = "127.0.0.1";

export function healthReport(source: HealthSource, now = Date.now()): HealthReport {
  const { client } = source;
  const engine = source.engine();
  const ping = client.ws.ping;
  const status = gatewayStatus(client);
  return {
    status: status === Status.Ready ? "ok" : "degraded",
    gateway: {
      status: Status[status] ?? String(status),
      ping: ping >= 0 ? ping : null,
    },
    corpus: {
      articles: engine.corpus.articles.length,
      passages: engine.index.passages.length,
      indexLoadedAt: new Date(engine.indexLoadedAt).toISOString(),
      indexAgeSeconds: Math.max(0, Math.round((now - engine.indexLoadedAt) / 1000)),
      indexSource: engine.indexSource.from,
    },
  };
}

/**
 * The least healthy shard's state: the client-wide status turns Ready once and stays so while
 * a shard resumes or after Discord closed it for good.
 */
function gatewayStatus(client: Client): Status {
  const shards = [...client.ws.shards.values()];
  if (shards.length === 0) return client.ws.status;
  return shards.find((shard) => shard.status !== Status.Ready)?.status ?? Status.Ready;
}

/**
 * Serves `GET /health` on 127.0.0.1 only: 200 with the report while the gateway is ready,
 * 503 otherwise; anything else is 404. Bound to loopback because it is for the machine's own
 * supervisor, not the internet.
 *
 * @throws Error when the port cannot be bound (in use, or not allowed).
 */
export async function startHealthServer(port: number, source: HealthSource): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/health" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not found: try GET /health" }));
      return;
    }
    const report = healthReport(source);
    res.writeHead(report.status === "ok" ? 200 : 503, {
      "content-type": "application/json",
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : JSON.stringify(report));
  });
  await listen(server, port);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        // Probes use short keep-alive connections; do not let one hold the shutdown.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HEALTH_HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
