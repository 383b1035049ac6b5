import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import type { DiscordMessagePayload } from "../render/discord/index.js";
import type { Outcome } from "./outcome.js";

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction;

type Acknowledgement =
  | { kind: "none" }
  | { kind: "deferred-reply"; ephemeral: boolean }
  | { kind: "deferred-update" }
  | { kind: "answered" };

/**
 * Sends an interaction's response the one right way for how far it has got: Discord takes
 * exactly one acknowledgement (reply, update or defer) and, after a defer, only edits and
 * follow-ups. Keeping that bookkeeping here lets handlers, cooldowns and the error path all
 * just say "show this".
 */
export class Responder {
  #ack: Acknowledgement = { kind: "none" };
  #deferred = false;

  constructor(
    private readonly interaction: RepliableInteraction,
    /** Wraps the acknowledgement so engine work waits for it (see WorkQueue). */
    private readonly acknowledging: <T>(ack: Promise<T>) => Promise<T> = (ack) => ack,
  ) {}

  /** Whether the interaction was deferred (for the log line). */
  get deferred(): boolean {
    return this.#deferred;
  }

  /** Acknowledges now, to answer later: "update" for a button that edits its message. */
  async defer(mode: Outcome["mode"], ephemeral: boolean): Promise<void> {
    const interaction = this.interaction;
    this.#deferred = true;
    if (mode === "update" && interaction.isButton()) {
      await this.acknowledging(interaction.deferUpdate());
      this.#ack = { kind: "deferred-update" };
    } else {
      const options = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
      await this.acknowledging(interaction.deferReply(options));
      this.#ack = { kind: "deferred-reply", ephemeral };
    }
  }

  async send(outcome: Pick<Outcome, "payload" | "mode">): Promise<void> {
    const { payload, mode } = outcome;
    const interaction = this.interaction;
    const ack = this.#ack;
    if (ack.kind === "none") {
      if (mode === "update" && interaction.isButton()) await interaction.update(edit(payload));
      else await interaction.reply(payload);
    } else if (ack.kind === "deferred-update") {
      if (mode === "update") await interaction.editReply(edit(payload));
      else await interaction.followUp(payload);
    } else if (ack.kind === "deferred-reply") {
      if (isEphemeral(payload) && !ack.ephemeral) {
        // A public "thinking…" cannot turn private: replace it with a private follow-up.
        await interaction.deleteReply();
        await interaction.followUp(payload);
      } else {
        await interaction.editReply(edit(payload));
      }
    } else {
      await interaction.followUp(payload);
    }
    this.#ack = { kind: "answered" };
  }
}

function isEphemeral(payload: DiscordMessagePayload): boolean {
  return payload.flags === MessageFlags.Ephemeral;
}

/** Edits cannot change a message's flags; the payload without them. */
function edit(payload: DiscordMessagePayload): Omit<DiscordMessagePayload, "flags"> {
  const { flags: _flags, ...rest } = payload;
  return rest;
}
