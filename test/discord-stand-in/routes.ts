import type { APIUser, RESTGetAPIGatewayBotResult } from "discord.js";
import type { InteractionLedger } from "./interactions.js";
import type { Route, RouteContext } from "./router.js";

function param(ctx: RouteContext, name: string): string {
  return ctx.params[name] ?? "";
}

/** Interaction callbacks plus the interaction webhook (edits, follow-ups). No bot token needed. */
export function interactionRoutes(ledger: InteractionLedger): Route[] {
  const message = "/webhooks/:app/:token/messages/:message";
  return [
    {
      name: "interaction callback",
      method: "POST",
      pattern: "/interactions/:id/:token/callback",
      auth: "none",
      handle: (ctx) => {
        const withResponse = ctx.query.get("with_response") === "true";
        const result = ledger.acceptCallback(
          param(ctx, "id"),
          param(ctx, "token"),
          ctx.body,
          ctx.files,
          withResponse,
        );
        return result ? { status: 200, body: result } : { status: 204 };
      },
    },
    {
      name: "create follow-up",
      method: "POST",
      pattern: "/webhooks/:app/:token",
      auth: "none",
      handle: (ctx) => {
        const created = ledger.followUp(
          param(ctx, "app"),
          param(ctx, "token"),
          ctx.body,
          ctx.files,
        );
        // Without ?wait=true Discord answers 204 (discord.js always asks to wait).
        return ctx.query.get("wait") === "true" ? { status: 200, body: created } : { status: 204 };
      },
    },
    {
      name: "get webhook message",
      method: "GET",
      pattern: message,
      auth: "none",
      handle: (ctx) => ({
        status: 200,
        body: ledger.getMessage(param(ctx, "app"), param(ctx, "token"), param(ctx, "message")),
      }),
    },
    {
      name: "edit webhook message",
      method: "PATCH",
      pattern: message,
      auth: "none",
      handle: (ctx) => ({
        status: 200,
        body: ledger.editMessage(
          param(ctx, "app"),
          param(ctx, "token"),
          param(ctx, "message"),
          ctx.body,
          ctx.files,
        ),
      }),
    },
    {
      name: "delete webhook message",
      method: "DELETE",
      pattern: message,
      auth: "none",
      handle: (ctx) => {
        ledger.deleteMessage(param(ctx, "app"), param(ctx, "token"), param(ctx, "message"));
        return { status: 204 };
      },
    },
  ];
}

/** What discord.js asks at login (`GET /gateway/bot`) plus a couple of harmless identity routes. */
export function sessionRoutes(gatewayUrl: string, botUser: APIUser, shards: number): Route[] {
  const gatewayBot: RESTGetAPIGatewayBotResult = {
    // No query string: @discordjs/ws appends `?v=10&encoding=json` itself.
    url: gatewayUrl,
    shards,
    session_start_limit: {
      total: 1000,
      remaining: 1000,
      reset_after: 14_400_000,
      max_concurrency: 1,
    },
  };
  return [
    {
      name: "get gateway bot",
      method: "GET",
      pattern: "/gateway/bot",
      auth: "bot",
      handle: () => ({ status: 200, body: gatewayBot }),
    },
    {
      name: "get gateway",
      method: "GET",
      pattern: "/gateway",
      auth: "none",
      handle: () => ({ status: 200, body: { url: gatewayUrl } }),
    },
    {
      name: "get current user",
      method: "GET",
      pattern: "/users/@me",
      auth: "bot",
      handle: () => ({ status: 200, body: botUser }),
    },
  ];
}
