import { randomBytes } from "node:crypto";
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  RESTJSONErrorCodes,
} from "discord.js";
import { QuestionError } from "../answer/question-error.js";
import {
  decodeCustomId,
  renderCooldownNotice,
  renderErrorNotice,
  renderInputError,
} from "../render/discord/index.js";
import type { BotContext } from "./bot-context.js";
import { BUTTONS, type ButtonHandler } from "./buttons/index.js";
import type { CommandRegistry } from "./commands/index.js";
import type { Cooldown } from "./cooldown.js";
import { expired, notice, type Outcome } from "./outcome.js";
import { Responder } from "./responder.js";
import { WorkQueue } from "./work-queue.js";

export interface RouterOptions {
  registry: CommandRegistry;
  context: BotContext;
  cooldown: Cooldown;
  /** Where handlers run, one per event-loop turn; default a queue of its own. */
  work?: WorkQueue;
}

/** What the one log line of an interaction says about it. */
interface InteractionRecord {
  kind: "command" | "button" | "autocomplete";
  name: string;
  outcome: "answered" | "not-found" | "cooldown" | "expired" | "bad-input" | "error" | "ignored";
  answered: boolean;
  results: number;
  deferred?: boolean;
  ref?: string;
  /** Discord's error code when it refused because the interaction was gone or answered. */
  code?: number | string;
  error?: unknown;
}

/** The router: call it with each interaction; `drain` before destroying the client. */
export interface InteractionRouter {
  (interaction: Interaction): Promise<void>;
  /** Interactions being handled now. */
  inFlight(): number;
  /**
   * Stops routing new interactions and waits for those in flight to settle, at most
   * `timeoutMs`. Resolves `true` when they all did.
   */
  drain(timeoutMs: number): Promise<boolean>;
}

/** Discord errors that mean "too late" or "already done": nothing left to answer, nothing to crash on. */
const UNANSWERABLE_CODES = new Set<number | string>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

/**
 * All interaction handling in one place: routes commands, buttons and autocomplete to their
 * handlers, applies the cooldown, defers as each handler declares, turns any failure into a
 * private "Something went wrong (ref …)" with the error logged under the same ref, and logs
 * one line per interaction. The returned promise never rejects.
 */
export function createInteractionRouter(options: RouterOptions): InteractionRouter {
  const { registry, context, cooldown } = options;
  const work = options.work ?? new WorkQueue();
  const { logger } = context;

  async function route(interaction: Interaction): Promise<InteractionRecord | null> {
    if (interaction.isChatInputCommand()) return handleCommand(interaction);
    if (interaction.isButton()) return handleButton(interaction);
    if (interaction.isAutocomplete()) return handleAutocomplete(interaction);
    return null;
  }

  async function handleCommand(
    interaction: ChatInputCommandInteraction,
  ): Promise<InteractionRecord> {
    const record = start("command", interaction.commandName);
    const responder = new Responder(interaction, (ack) => work.acknowledging(ack));
    const command = registry.get(interaction.commandName);
    try {
      if (!command) {
        const message = `There is no /${interaction.commandName} any more: see /help for the commands.`;
        await responder.send(notice(renderInputError(message)));
        return { ...record, outcome: "bad-input" };
      }
      if (command.cooldown) {
        const wait = cooldown.take(interaction.user.id);
        if (wait > 0) {
          await responder.send(notice(renderCooldownNotice(wait)));
          return { ...record, outcome: "cooldown" };
        }
      }
      command.validate?.(interaction, context);
      if (command.defer === "always") {
        await responder.defer("reply", command.ephemeral?.(interaction) ?? false);
      }
      // Deferred work waits its turn; the rest is instant and must reply before the deadline.
      const execute = () => command.execute(interaction, context);
      const outcome = await (command.defer === "always" ? work.run(execute) : execute());
      await responder.send(outcome);
      return finished(record, outcome, responder);
    } catch (error) {
      return fail(record, responder, error);
    }
  }

  async function handleButton(interaction: ButtonInteraction): Promise<InteractionRecord> {
    const action = decodeCustomId(interaction.customId);
    const record = start("button", action?.kind ?? "unknown");
    const responder = new Responder(interaction, (ack) => work.acknowledging(ack));
    try {
      if (!action) {
        await responder.send(expired());
        return { ...record, outcome: "expired" };
      }
      // The map pairs each kind with its handler; TypeScript cannot follow that through a lookup.
      const handler = BUTTONS[action.kind] as ButtonHandler;
      if (handler.defer === "always") await responder.defer(handler.mode, true);
      const handle = () => handler.handle(interaction, action as never, context);
      const outcome = await (handler.defer === "always" ? work.run(handle) : handle());
      await responder.send(outcome);
      return finished(record, outcome, responder);
    } catch (error) {
      return fail(record, responder, error);
    }
  }

  async function handleAutocomplete(
    interaction: AutocompleteInteraction,
  ): Promise<InteractionRecord> {
    const record = start("autocomplete", interaction.commandName);
    try {
      const choices =
        (await registry.get(interaction.commandName)?.autocomplete?.(interaction, context)) ?? [];
      await interaction.respond(choices);
      return {
        ...record,
        outcome: choices.length > 0 ? "answered" : "not-found",
        answered: choices.length > 0,
        results: choices.length,
      };
    } catch (error) {
      const ref = errorRef();
      if (!interaction.responded && !isUnanswerable(error)) {
        await interaction.respond([]).catch(() => undefined);
      }
      logger.error(
        { err: error, ref },
        `autocomplete for /${interaction.commandName} failed (ref ${ref})`,
      );
      return { ...record, outcome: "error", ref };
    }
  }

  /**
   * Says what failed, privately, unless Discord says the interaction is gone or was answered
   * already. Bad input is the user's to fix, not a failure: it gets what to do instead.
   */
  async function fail(
    record: InteractionRecord,
    responder: Responder,
    error: unknown,
  ): Promise<InteractionRecord> {
    const deferred = responder.deferred;
    if (error instanceof QuestionError) {
      await sendQuietly(responder, notice(renderInputError(error.message)), record);
      return { ...record, outcome: "bad-input", deferred };
    }
    const ref = errorRef();
    if (isUnanswerable(error)) {
      return { ...record, outcome: "error", deferred, ref, code: (error as DiscordAPIError).code };
    }
    await sendQuietly(responder, notice(renderErrorNotice(ref)), record, ref);
    return { ...record, outcome: "error", deferred, ref, error };
  }

  async function sendQuietly(
    responder: Responder,
    outcome: Outcome,
    record: InteractionRecord,
    ref?: string,
  ): Promise<void> {
    try {
      await responder.send(outcome);
    } catch (error) {
      logger.warn(
        { err: error, ref, interaction: record.name },
        `could not send the ${record.name} user a notice${ref ? ` (ref ${ref})` : ""}`,
      );
    }
  }

  // Handlings not yet settled, so a shutdown can let them finish before the client goes.
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  const router = (interaction: Interaction): Promise<void> => {
    if (!accepting) {
      // Shutting down: starting work now could outlive the client. Unacknowledged, Discord
      // tells the user it failed, which is the truth.
      logger.debug(
        { event: "ignored-shutting-down", id: interaction.id },
        "shutting down: ignored",
      );
      return Promise.resolve();
    }
    const handling = onInteraction(interaction);
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
    return handling;
  };
  return Object.assign(router, {
    inFlight: () => inFlight.size,
    async drain(timeoutMs: number): Promise<boolean> {
      accepting = false;
      if (inFlight.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const settled = Promise.allSettled([...inFlight]).then(() => true as const);
      try {
        return await Promise.race([settled, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  });

  async function onInteraction(interaction: Interaction): Promise<void> {
    const receivedAt = performance.now();
    let record: InteractionRecord | null;
    try {
      record = await route(interaction);
    } catch (error) {
      // Only a bug in the router itself lands here; the bot keeps running regardless.
      const ref = errorRef();
      logger.error({ err: error, ref }, `interaction handling failed (ref ${ref})`);
      return;
    }
    if (record) logRecord(record, interaction, performance.now() - receivedAt);
  }

  function logRecord(record: InteractionRecord, interaction: Interaction, elapsed: number): void {
    const { error, ...fields } = record;
    const line = {
      event: "interaction",
      ...fields,
      user: interaction.user.id,
      guild: interaction.guildId,
      latencyMs: Math.round(elapsed),
      ageMs: Date.now() - interaction.createdTimestamp,
      ...(error === undefined ? {} : { err: error }),
    };
    const label = `${record.kind === "button" ? "button " : "/"}${record.name}`;
    if (record.outcome === "error" && record.code !== undefined) {
      logger.warn(
        line,
        `${label}: Discord says the interaction is gone or already answered (${record.code})`,
      );
    } else if (record.outcome === "error") {
      logger.error(line, `${label} failed (ref ${record.ref})`);
    } else {
      const level = record.kind === "autocomplete" ? "debug" : "info";
      logger[level](line, `${label} ${record.outcome} in ${line.latencyMs} ms`);
    }
  }
}

function start(kind: InteractionRecord["kind"], name: string): InteractionRecord {
  return { kind, name, outcome: "answered", answered: false, results: 0 };
}

function finished(
  record: InteractionRecord,
  outcome: Outcome,
  responder: Responder,
): InteractionRecord {
  return {
    ...record,
    outcome: outcome.expired ? "expired" : outcome.answered ? "answered" : "not-found",
    answered: outcome.answered,
    results: outcome.results,
    deferred: responder.deferred,
  };
}

function isUnanswerable(error: unknown): boolean {
  return error instanceof DiscordAPIError && UNANSWERABLE_CODES.has(error.code);
}

/** A short id the user can quote and the log can be searched for. */
export function errorRef(): string {
  return randomBytes(3).toString("hex").toUpperCase();
}
