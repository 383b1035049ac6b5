/**
 * `/reload` end to end: the bot serves a temporary copy of the corpus, the test edits it, and
 * the admin command swaps the new index in (or, for a bad edit, keeps the old one serving).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIMessage, InteractionResponseType, PermissionFlagsBits } from "discord.js";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { askThrough, EPHEMERAL, type LogLine, useHarness } from "./harness.js";

const workDir = mkdtempSync(path.join(tmpdir(), "newsdesk-reload-"));
const corpusDir = path.join(workDir, "corpus");
const cacheDir = path.join(workDir, "cache");
cpSync(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });

const h = useHarness({
  env: { CORPUS_DIR: corpusDir, INDEX_CACHE_DIR: cacheDir },
  engine: loadEngine(corpusDir, { cacheDir }),
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const WALRUS_ID = "arctic-walrus-survey";
const WALRUS_ARTICLE = `---
id: ${WALRUS_ID}
title: Arctic survey counts record walrus herds
outlet: Polar Wire
published: 2022-01-05
---

Researchers of the Arctic survey counted 12,000 walruses resting on the ice near Svalbard.

The survey leader said warmer winters push the herds onto smaller floes every year.
`;

/** Dispatches /reload and resolves with the private line the admin reads. */
async function reloadThrough(): Promise<{ content: string; flags: number | undefined }> {
  const sent = h.discord.dispatchCommand({ name: "reload" });
  const callback = await h.discord.waitForCallback(sent.id);
  expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  await h.discord.waitForAnswer(sent.id, { timeoutMs: 15_000 });
  const message = h.discord.originalMessage(sent.token) as APIMessage;
  return { content: message.content, flags: callback.data.flags };
}

function reloadLogs(): LogLine[] {
  return h.logs.filter((line) => line.event === "reload");
}

/** Everything an answer shows: its snippets, citations and sources. */
function embedsText(answered: Awaited<ReturnType<typeof askThrough>>): string {
  return JSON.stringify(answered.message.embeds);
}

describe("/reload", () => {
  it("is registered for server admins only, and in servers only", () => {
    const command = h.discord.commands(h.guildId).find((c) => c.name === "reload");
    expect(command?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(command?.contexts).toEqual([0]);
  });

  it("picks up an added article: the next /ask answers from it", async () => {
    const before = await askThrough(h, "How many walruses did the Arctic survey count?");
    expect(embedsText(before)).not.toContain("walrus herds");

    writeFileSync(path.join(corpusDir, `${WALRUS_ID}.md`), WALRUS_ARTICLE);
    const passagesBefore = h.bot.engine.index.passages.length;
    const reply = await reloadThrough();
    expect(reply.flags).toBe(EPHEMERAL);
    const passagesAfter = h.bot.engine.index.passages.length;
    expect(passagesAfter).toBeGreaterThan(passagesBefore);
    expect(reply.content).toMatch(
      new RegExp(
        `^Reloaded in \\d+ ms: 2 → 3 articles, ${passagesBefore} → ${passagesAfter} passages\\.$`,
      ),
    );
    expect(h.bot.engine.corpus.articles.map((a) => a.id)).toContain(WALRUS_ID);

    const after = await askThrough(h, "How many walruses did the Arctic survey count?");
    expect(after.message.embeds[0]?.description).toMatch(/12,000 \*\*walrus/i);
    expect(embedsText(after)).toContain("Arctic survey counts record walrus herds");
    // Built in a worker thread, so other answers were not held up while it ran.
    expect(reloadLogs().at(-1)).toMatchObject({
      outcome: "swapped",
      articles: [2, 3],
      builtIn: "worker",
      indexSource: "snapshot",
    });
  });

  it("answers an /ask dispatched just before the reload, and one just after", async () => {
    const asked = ["What did Putin threaten?", "What did Biden warn?", "Who is Jen Psaki?"].map(
      (question) => h.discord.dispatchCommand({ name: "ask", options: { question } }),
    );
    const reload = reloadThrough();
    const later = h.discord.dispatchCommand({
      name: "ask",
      options: { question: "What did the survey leader say about winters?" },
    });
    expect((await reload).content).toMatch(/^Reloaded in \d+ ms: 3 → 3 articles/);
    for (const sent of [...asked, later]) {
      await h.discord.waitForAnswer(sent.id);
      const message = h.discord.originalMessage(sent.token) as APIMessage;
      expect(message.embeds[0]?.title, message.content).toBeTruthy();
      expect(message.content).not.toMatch(/went wrong/);
    }
    expect(h.logs.filter((line) => line.level >= 50)).toEqual([]);
  });

  it("two /reload at once build the index once and both get the result", async () => {
    const swapsBefore = reloadLogs().length;
    const [first, second] = await Promise.all([reloadThrough(), reloadThrough()]);
    expect(second.content).toBe(first.content);
    expect(reloadLogs()).toHaveLength(swapsBefore + 1);
  });

  it("a broken file leaves the previous index serving and says which file to fix", async () => {
    const serving = h.bot.engine;
    const broken = path.join(corpusDir, "zz-broken.md");
    writeFileSync(broken, "---\nid: zz-broken\ntitle: [unclosed\n---\n\nSome text.\n");
    const reply = await reloadThrough();
    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.content).toMatch(
      /^Reload failed, the previous articles are still served\. Fix zz-broken\.md: front matter is not valid YAML/,
    );
    expect(h.bot.engine).toBe(serving);
    expect(reloadLogs().at(-1)).toMatchObject({
      level: 40,
      outcome: "rejected",
      file: expect.stringContaining("zz-broken.md"),
    });
    const still = await askThrough(h, "How many walruses did the Arctic survey count?");
    expect(embedsText(still)).toContain("Arctic survey counts record walrus herds");

    // An empty body and a duplicate id are refused the same way, naming their file.
    writeFileSync(broken, "---\nid: zz-broken\ntitle: Nothing here\n---\n\n");
    expect((await reloadThrough()).content).toMatch(
      /Fix zz-broken\.md: the article body is empty\.$/,
    );
    writeFileSync(broken, WALRUS_ARTICLE);
    expect((await reloadThrough()).content).toMatch(/Fix zz-broken\.md: id "arctic-walrus-survey"/);
    expect(h.bot.engine).toBe(serving);

    rmSync(broken);
    expect((await reloadThrough()).content).toMatch(/^Reloaded in \d+ ms: 3 → 3 articles/);
  });
});
