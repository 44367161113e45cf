import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { services } from "@/db/schema";
import { ValidationError } from "@/domain/errors";
import { getArticleForStaff, saveArticle, setArticleStatus } from "@/domain/transparency/manage-articles";
import { getArticleService, listArticlesForService } from "@/domain/transparency/service-links";

import { ctxFor, signedOut } from "../helpers/ctx";

async function serviceNamed(slug: string) {
  const db = await getDb();
  const [service] = await db.select().from(services).where(eq(services.slug, slug));
  return service!;
}

const procedure = {
  section: "procedures" as const,
  titleZh: "护照办理程序",
  titleEn: "Getting a passport",
  bodyZh: "步骤。",
  bodyEn: "Steps.",
};

describe("procedure articles and service guides", () => {
  it("an article names the guide it describes; the guide lists it back once it is published", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const passport = await serviceNamed("passport");
    const id = await saveArticle(moderator, null, { ...procedure, serviceId: String(passport.id) });
    const article = await getArticleForStaff(moderator, id);
    expect(article.serviceId).toBe(passport.id);
    expect((await listArticlesForService(signedOut, "passport")).map((a) => a.id)).not.toContain(id);

    await setArticleStatus(moderator, { articleId: id, action: "publish" });
    expect(await getArticleService(signedOut, article)).toEqual({ slug: "passport", titleZh: passport.titleZh, titleEn: passport.titleEn });
    expect((await listArticlesForService(signedOut, "passport")).map((a) => a.id)).toContain(id);
    expect((await listArticlesForService(signedOut, "taiwan-permit")).map((a) => a.id)).not.toContain(id);

    // Left empty, the link is taken off.
    await saveArticle(moderator, id, { ...procedure, serviceId: "" });
    expect((await getArticleForStaff(moderator, id)).serviceId).toBeNull();
    expect((await listArticlesForService(signedOut, "passport")).map((a) => a.id)).not.toContain(id);
  });

  it("an unpublished guide is not linked, and a service that does not exist is refused", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const db = await getDb();
    const passport = await serviceNamed("passport");
    await db.update(services).set({ published: false }).where(eq(services.id, passport.id));
    try {
      expect(await getArticleService(signedOut, { serviceId: passport.id })).toBeNull();
    } finally {
      await db.update(services).set({ published: passport.published }).where(eq(services.id, passport.id));
    }
    const error = await saveArticle(moderator, null, { ...procedure, serviceId: "2000000000" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ serviceId: "invalid" });
  });

  it("the demo's procedure on moving a household registration links the service hall's guide", async () => {
    const demo = await listArticlesForService(signedOut, "hukou-transfer-in");
    expect(demo.map((a) => a.titleEn)).toContain("How to move your household registration");
  });
});
