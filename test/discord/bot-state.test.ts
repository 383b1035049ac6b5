import { SlashCommandBuilder } from "discord.js";
import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../src/discord/bounded-map.js";
import { COMMANDS, CommandRegistry, type SlashCommand } from "../../src/discord/commands/index.js";
import { Cooldown } from "../../src/discord/cooldown.js";
import { FeedbackLedger } from "../../src/discord/feedback-ledger.js";
import { notice } from "../../src/discord/outcome.js";
import { WorkQueue } from "../../src/discord/work-queue.js";
import { renderInputError } from "../../src/render/discord/index.js";

describe("Cooldown", () => {
  it("allows `uses` per sliding window per user, then says how long to wait", () => {
    let now = 0;
    const cooldown = new Cooldown({ uses: 5, seconds: 10, now: () => now });
    for (let i = 0; i < 5; i++) {
      expect(cooldown.take("a")).toBe(0);
      now += 1000;
    }
    expect(cooldown.take("a")).toBeCloseTo(5, 5); // the first use expires at 10 s
    expect(cooldown.take("b")).toBe(0);
    now = 10_000;
    expect(cooldown.take("a")).toBe(0);
    expect(cooldown.take("a")).toBeCloseTo(1, 5);
  });

  it("is off with 0 seconds", () => {
    const cooldown = new Cooldown({ uses: 1, seconds: 0 });
    for (let i = 0; i < 10; i++) expect(cooldown.take("a")).toBe(0);
    expect(cooldown.trackedUsers).toBe(0);
  });

  it("keeps memory bounded over 20,000 users", () => {
    let now = 0;
    const cooldown = new Cooldown({ uses: 5, seconds: 10, now: () => now, maxUsers: 1000 });
    for (let i = 0; i < 20_000; i++) {
      now += 1;
      cooldown.take(`user-${i}`);
    }
    expect(cooldown.trackedUsers).toBeLessThanOrEqual(1000);
    now += 60_000; // everyone idle: the next sweep drops them all
    for (let i = 0; i < 1000; i++) cooldown.take("active");
    expect(cooldown.trackedUsers).toBeLessThan(10);
  });
});

describe("FeedbackLedger", () => {
  it("counts one vote per user per answer, and forgets the oldest past its bound", () => {
    const ledger = new FeedbackLedger(3);
    expect(ledger.record("m1", "u1", "up")).toBe(true);
    expect(ledger.record("m1", "u1", "down")).toBe(false);
    expect(ledger.record("m1", "u2", "down")).toBe(true);
    expect(ledger.record("m2", "u1", "up")).toBe(true);
    expect(ledger.record("m3", "u1", "up")).toBe(true);
    expect(ledger.size).toBe(3);
    expect(ledger.record("m1", "u1", "up")).toBe(true); // forgotten
  });
});

describe("BoundedMap", () => {
  it("evicts the least recently written entry", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.set("a", 3);
    map.set("c", 4);
    expect([map.has("a"), map.has("b"), map.has("c")]).toEqual([true, false, true]);
    expect(map.sweep((value) => value > 3)).toBe(1);
    expect(() => new BoundedMap(0)).toThrow(/positive/);
  });
});

describe("CommandRegistry", () => {
  it("serves ask, search, sources, help and reload, each valid for Discord", () => {
    const registry = new CommandRegistry();
    expect(registry.list().map((c) => c.name)).toEqual([
      "ask",
      "search",
      "sources",
      "help",
      "reload",
    ]);
    const ask = registry.toJSON()[0];
    expect(ask?.options?.map((o) => [o.name, o.type, o.required ?? false])).toEqual([
      ["question", 3, true],
      ["hide", 5, false],
      ["mention", 6, false],
    ]);
    expect(ask?.options?.[0]).toMatchObject({ max_length: 300, autocomplete: true });
    for (const command of COMMANDS) expect(["always", "never"]).toContain(command.defer);
  });

  it("rejects duplicate names and malformed commands at load", () => {
    const [ask] = COMMANDS;
    if (!ask) throw new Error("no commands");
    expect(() => new CommandRegistry([ask, ask])).toThrow(/two commands are named "ask"/);
    const noHandler = { ...ask, autocomplete: undefined } as SlashCommand;
    expect(() => new CommandRegistry([noHandler])).toThrow(/no autocomplete\(\) handler/);
    const badDefer = { ...ask, defer: "sometimes" } as unknown as SlashCommand;
    expect(() => new CommandRegistry([badDefer])).toThrow(/defer must be/);
    const noExecute = {
      data: new SlashCommandBuilder().setName("x").setDescription("x"),
      defer: "never",
    };
    expect(() => new CommandRegistry([noExecute as unknown as SlashCommand])).toThrow(/execute/);
    const fine: SlashCommand = {
      data: new SlashCommandBuilder().setName("ok").setDescription("fine"),
      defer: "never",
      execute: () => notice(renderInputError("ok")),
    };
    expect(new CommandRegistry([fine]).get("ok")).toBe(fine);
  });
});

describe("WorkQueue", () => {
  it("runs jobs in order, one per event-loop turn, passing results and errors through", async () => {
    const queue = new WorkQueue();
    const order: string[] = [];
    const first = queue.run(() => {
      order.push("first");
      setImmediate(() => order.push("between"));
      return 1;
    });
    const second = queue.run(() => {
      order.push("second");
      return Promise.resolve(2);
    });
    const failing = queue.run(() => {
      throw new Error("boom");
    });
    expect(queue.pending).toBe(3);
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    await expect(failing).rejects.toThrow("boom");
    expect(order).toEqual(["first", "between", "second"]);
  });

  it("holds jobs back while an acknowledgement is on its way, but not past maxHoldMs", async () => {
    const queue = new WorkQueue({ maxHoldMs: 10_000 });
    let acknowledge: () => void = () => {};
    const ack = queue.acknowledging(
      new Promise<void>((resolve) => {
        acknowledge = resolve;
      }),
    );
    let ran = false;
    const job = queue.run(() => {
      ran = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ran).toBe(false);
    acknowledge();
    await ack;
    await job;
    expect(ran).toBe(true);

    const impatient = new WorkQueue({ maxHoldMs: 20 });
    void impatient.acknowledging(new Promise(() => {})); // never settles
    const started = performance.now();
    await impatient.run(() => undefined);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
