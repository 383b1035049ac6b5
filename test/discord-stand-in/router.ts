import type { IncomingHttpHeaders } from "node:http";
import type { HttpMethod, RecordedFile } from "./types.js";

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
}

/** `body === undefined` answers 204 No Content. */
export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  name: string;
  method: HttpMethod;
  /** Path below /api/v10 with `:param` segments, e.g. `/interactions/:id/:token/callback`. */
  pattern: string;
  /** Interaction callbacks and webhooks are called without the bot token, like on Discord. */
  auth: "bot" | "none";
  handle(ctx: RouteContext): RouteResult;
}

export type RouteMatch =
  | { kind: "found"; route: Route; params: Record<string, string> }
  | { kind: "wrong-method" }
  | { kind: "none" };

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split("/").filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

export function matchRoute(routes: Route[], method: string, segments: string[]): RouteMatch {
  let pathExists = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    if (route.method === method) return { kind: "found", route, params };
    pathExists = true;
  }
  return pathExists ? { kind: "wrong-method" } : { kind: "none" };
}
