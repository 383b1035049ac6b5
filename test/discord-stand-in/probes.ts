import type { APIMessage } from "discord.js";
import type { LedgerEntry } from "./interactions.js";
import type {
  CallbackRecord,
  GatewayStats,
  InteractionAnswer,
  MessageEditRecord,
  RecordedRequest,
} from "./types.js";

/** A condition to await: `probe` returns undefined until it holds; `what` words the timeout. */
export interface Probe<T> {
  probe: () => T | undefined;
  what: () => string;
}

function describe(entry: LedgerEntry): string {
  const data = entry.payload.data;
  const label =
    data && "name" in data ? `/${data.name}` : data && "custom_id" in data ? data.custom_id : "";
  const state = entry.callback ? `callback type ${entry.callback.type}` : "no callback yet";
  return `${entry.kind} interaction ${entry.id} ${label} (${state})`;
}

export function callbackProbe(entry: LedgerEntry): Probe<CallbackRecord> {
  return {
    probe: () => {
      if (entry.callback) return entry.callback;
      if (entry.lateCallbackAt !== null) {
        // Fail at once instead of timing out: the bot did answer, just too late for Discord.
        const late = entry.lateCallbackAt - entry.dispatchedAt;
        throw new Error(`Interaction ${entry.id} was answered too late (${late} ms): 10062`);
      }
      return undefined;
    },
    what: () => `the callback of ${describe(entry)}`,
  };
}

export function originalEditProbe(entry: LedgerEntry, count: number): Probe<MessageEditRecord> {
  return {
    probe: () => entry.edits.filter((edit) => edit.target === "@original")[count - 1],
    what: () => `edit #${count} of @original of ${describe(entry)}`,
  };
}

export function followUpProbe(entry: LedgerEntry, count: number): Probe<APIMessage> {
  return {
    probe: () => entry.followUps[count - 1],
    what: () => `follow-up #${count} of ${describe(entry)}`,
  };
}

export function answerProbe(entry: LedgerEntry): Probe<InteractionAnswer> {
  return {
    probe: () => entry.answer ?? undefined,
    what: () => `an answer to ${describe(entry)}`,
  };
}

export function requestProbe(
  requests: RecordedRequest[],
  predicate: (request: RecordedRequest) => boolean,
  count: number,
): Probe<RecordedRequest> {
  return {
    // Only answered requests count, so `status` can be asserted straight away.
    probe: () => requests.filter((r) => r.status !== null && predicate(r))[count - 1],
    what: () => `request #${count} matching ${predicate.toString()}`,
  };
}

export function statsProbe(
  stats: GatewayStats,
  field: "identifies" | "resumes",
  count: number,
): Probe<GatewayStats> {
  return {
    probe: () => (stats[field] >= count ? stats : undefined),
    what: () => `${field} to reach ${count} (now ${stats[field]})`,
  };
}
