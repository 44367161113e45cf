import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/domain/errors";
import { getPublicArticle, listPublished, localised } from "@/domain/transparency/articles";
import { getArticleForStaff, saveArticle, setArticleStatus } from "@/domain/transparency/manage-articles";

import { ctxFor, signedOut } from "../helpers/ctx";

describe("transparency articles", () => {
  it("go from draft to published to archived, public only once published, every step audited", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const id = await saveArticle(moderator, null, {
      section: "notices",
      titleZh: "停水通知",
      titleEn: "",
      bodyZh: "明天停水。",
      bodyEn: "",
    });
    await expect(getPublicArticle(signedOut, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getArticleForStaff(moderator, String(id))).publishedAt).toBeNull();

    expect(await setArticleStatus(moderator, { articleId: id, action: "publish" })).toBe("published");
    const published = await getPublicArticle(signedOut, String(id));
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect((await listPublished(signedOut, ["notices"])).map((a) => a.id)).toContain(id);
    // Without an English version, English readers get the Chinese one and are told.
    expect(localised(published, "en")).toMatchObject({ title: "停水通知", fallback: true, lang: "zh-CN" });
    expect(localised(published, "zh-CN")).toMatchObject({ title: "停水通知", fallback: false });

    expect(await setArticleStatus(moderator, { articleId: id, action: "archive" })).toBe("archived");
    expect((await listPublished(signedOut, ["notices"])).map((a) => a.id)).not.toContain(id);
    expect((await getPublicArticle(signedOut, id)).status).toBe("archived");
    await expect(setArticleStatus(moderator, { articleId: id, action: "archive" })).rejects.toThrow();

    const db = await getDb();
    const actions = (
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, "article"), eq(auditLog.entityId, String(id))))
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(["article.archive", "article.create", "article.publish"]);
  });

  it("need a title and text in one language at least, and a moderator or admin", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    await expect(
      saveArticle(moderator, null, { section: "news", titleZh: "只有标题", titleEn: "", bodyZh: "", bodyEn: "" }),
    ).rejects.toBeInstanceOf(ValidationError);
    const officer = await ctxFor("officer@demo.test");
    await expect(
      saveArticle(officer, null, { section: "news", titleZh: "标题", titleEn: "", bodyZh: "正文", bodyEn: "" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPublicArticle(signedOut, "not-a-number")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("come with the demo: at least 12 published across the sections, in both languages", async () => {
    const all = await listPublished(signedOut, ["law", "procedures", "results", "news", "notices"]);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((a) => a.section)).size).toBe(5);
    expect(all.filter((a) => a.titleEn && a.titleZh).length).toBeGreaterThanOrEqual(12);
  });
});
