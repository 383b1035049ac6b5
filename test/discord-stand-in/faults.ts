import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { DiscordApiError, sendJson } from "./http.js";
import type { FaultSpec } from "./types.js";

interface QueuedFault {
  spec: FaultSpec;
  remaining: number;
}

/** Faults queued by `failNext`, consumed in order by the first requests they match. */
export class FaultQueue {
  #queue: QueuedFault[] = [];

  add(spec: FaultSpec, count: number): void {
    if (!Number.isInteger(count) || count < 1) throw new Error(`count must be ≥ 1, got ${count}`);
    this.#queue.push({ spec, remaining: count });
  }

  take(method: string, path: string): FaultSpec | null {
    const queued = this.#queue.find(
      ({ spec }) =>
        (spec.method === undefined || spec.method === method) &&
        (spec.pathIncludes === undefined || path.includes(spec.pathIncludes)),
    );
    if (!queued) return null;
    queued.remaining -= 1;
    if (queued.remaining === 0) this.#queue = this.#queue.filter((item) => item !== queued);
    return queued.spec;
  }

  /** Faults not consumed yet (a test can assert its faults were all hit). */
  get pending(): number {
    return this.#queue.reduce((sum, item) => sum + item.remaining, 0);
  }

  clear(): void {
    this.#queue = [];
  }
}

export function describeFault(spec: FaultSpec): string {
  if ("resetConnection" in spec) return "reset";
  if (spec.status !== undefined) return String(spec.status);
  return `delay ${spec.delayMs}ms`;
}

const STATUS_TEXT: Record<number, string> = {
  500: "500: Internal Server Error",
  502: "502: Bad Gateway",
  503: "503: Service Unavailable",
  504: "504: Gateway Timeout",
};

/**
 * Applies a fault to a request. Returns the status answered, or `null` when the request should be
 * handled normally afterwards (pure delay). A reset answers nothing and returns 0.
 */
export async function applyFault(
  spec: FaultSpec,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<number | null> {
  if (spec.delayMs) await sleep(spec.delayMs);
  if ("resetConnection" in spec) {
    req.socket.destroy();
    return 0;
  }
  switch (spec.status) {
    case undefined:
      return null;
    case 429: {
      const seconds = spec.retryAfterSeconds ?? 1;
      const global = spec.global ?? false;
      // Remaining 0 + Reset-After puts @discordjs/rest's sequential handler on its plain
      // "wait for reset" path; the burst handler (callbacks) only reads Retry-After.
      sendJson(
        res,
        429,
        { message: "You are being rate limited.", retry_after: seconds, global },
        {
          "retry-after": String(seconds),
          "x-ratelimit-limit": "1",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": String(seconds),
          "x-ratelimit-scope": global ? "global" : "user",
          ...(global ? { "x-ratelimit-global": "true" } : {}),
        },
      );
      return 429;
    }
    case 500:
    case 502:
    case 503:
    case 504:
      sendJson(res, spec.status, { message: STATUS_TEXT[spec.status], code: 0 });
      return spec.status;
    default: {
      const error = new DiscordApiError(
        spec.status,
        spec.code ?? 0,
        spec.message ?? `${spec.status}: Injected fault`,
      );
      sendJson(res, error.status, error.toJSON());
      return error.status;
    }
  }
}
