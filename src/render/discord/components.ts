import { type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import { type ButtonAction, encodeCustomId } from "./custom-id.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { DiscordButtonRow } from "./payload.js";

/**
 * A button that performs `action` when clicked.
 *
 * @example
 * actionButton({ kind: "more", page: 1 }, "More");
 */
export function actionButton(
  action: ButtonAction,
  label: string,
  options: { style?: ButtonStyle; disabled?: boolean; emoji?: string } = {},
): APIButtonComponent {
  const style = options.style ?? ButtonStyle.Secondary;
  if (style === ButtonStyle.Link || style === ButtonStyle.Premium) {
    throw new Error("an action button cannot be a link or premium button");
  }
  return {
    type: ComponentType.Button,
    style,
    custom_id: encodeCustomId(action),
    label,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
    ...(options.disabled ? { disabled: true } : {}),
  };
}

/**
 * Lays buttons out in rows of at most five; each group starts a new row.
 *
 * @example
 * buttonRows([[more, up, down], contextButtons]); // 2 rows
 */
export function buttonRows(
  groups: ReadonlyArray<readonly APIButtonComponent[]>,
): DiscordButtonRow[] {
  const rows: DiscordButtonRow[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.length; i += DISCORD_LIMITS.buttonsPerRow) {
      rows.push({
        type: ComponentType.ActionRow,
        components: group.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
      });
    }
  }
  return rows;
}
