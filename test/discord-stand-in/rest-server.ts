import type { IncomingMessage, ServerResponse } from "node:http";
import { applyFault, describeFault, type FaultQueue } from "./faults.js";
import {
  apiErrors,
  DiscordApiError,
  parseBody,
  readBody,
  sendJson,
  sendNoContent,
} from "./http.js";
import { matchRoute, type Route, type RouteResult } from "./router.js";
import type { RecordedRequest } from "./types.js";
import type { ChangeNotifier } from "./waiter.js";

export interface RestOptions {
  token: string;
  routes: Route[];
  faults: FaultQueue;
  notifier: ChangeNotifier;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Requests no route matched (answered 404/405), so tests can assert there were none. */
  unknownRequests: RecordedRequest[];
}

const API_PREFIX = "/api/v10";

function decodeSegments(pathname: string): string[] | null {
  try {
    return pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** The node:http request listener for the REST half of the stand-in. */
export function createRestHandler(options: RestOptions) {
  const respond = (res: ServerResponse, record: RecordedRequest, result: RouteResult): void => {
    record.status = result.status;
    if (result.body === undefined) sendNoContent(res);
    else sendJson(res, result.status, result.body);
    options.notifier.notify();
  };

  const fail = (res: ServerResponse, record: RecordedRequest, error: DiscordApiError): void => {
    respond(res, record, { status: error.status, body: error.toJSON() });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const raw = await readBody(req);
    const parsed = await parseBody(raw, req.headers["content-type"]);
    const inApi = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`);
    const segments = inApi ? decodeSegments(url.pathname.slice(API_PREFIX.length)) : null;
    const record: RecordedRequest = {
      method,
      path: segments ? `/${segments.join("/")}` : url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      files: parsed.files,
      at: Date.now(),
      status: null,
      route: null,
      fault: null,
    };
    options.requests.push(record);
    options.notifier.notify();

    const fault = options.faults.take(method, record.path);
    if (fault) {
      record.fault = describeFault(fault);
      const status = await applyFault(fault, req, res);
      if (status !== null) {
        record.status = status;
        options.notifier.notify();
        return;
      }
    }

    const match = segments
      ? matchRoute(options.routes, method, segments)
      : { kind: "none" as const };
    if (match.kind !== "found") {
      options.unknownRequests.push(record);
      fail(
        res,
        record,
        match.kind === "wrong-method" ? apiErrors.methodNotAllowed() : apiErrors.notFound(),
      );
      return;
    }
    record.route = match.route.name;
    if (match.route.auth === "bot" && req.headers.authorization !== `Bot ${options.token}`) {
      fail(res, record, apiErrors.unauthorized());
      return;
    }
    if (parsed.invalid) {
      fail(res, record, apiErrors.invalidJson());
      return;
    }
    let result: RouteResult;
    try {
      result = match.route.handle({
        params: match.params,
        query: url.searchParams,
        body: parsed.body,
        files: parsed.files,
        headers: req.headers,
      });
    } catch (error) {
      if (!(error instanceof DiscordApiError)) throw error;
      fail(res, record, error);
      return;
    }
    respond(res, record, result);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the stand-in itself: make it loud rather than a silent 500.
      console.error("[discord-stand-in] request handling failed:", error);
      if (!res.headersSent) sendJson(res, 500, { message: "500: Internal Server Error", code: 0 });
    });
  };
}
