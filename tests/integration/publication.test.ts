import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, requests } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/domain/errors";
import { previewPublication, publishRequest, unpublishRequest } from "@/domain/requests/publication";
import { getPublishedReply, listPublishedReplies } from "@/domain/requests/published-replies";
import { changeRequestStatus, replyToRequest } from "@/domain/requests/staff/handle-request";
import { submitFeedback } from "@/domain/requests/submit-feedback";

import { ctxFor, signedOut } from "../helpers/ctx";

async function resolvedRequest(consent: boolean) {
  const receipt = await submitFeedback(signedOut, {
    topic: "suggestion",
    subject: "关于办证时间",
    body: "我叫李明，电话13912345678，身份证410101199001011234，希望周六也能办证。",
    contactName: "李明",
    contactPhone: "13912345678",
    consentToPublish: consent ? "on" : "",
    idempotencyKey: randomBytes(18).toString("base64url"),
  });
  const moderator = await ctxFor("moderator@demo.test");
  await (await getDb()).update(requests).set({ status: "accepted" }).where(eq(requests.trackingNumber, receipt.trackingNumber));
  await replyToRequest(moderator, { trackingNumber: receipt.trackingNumber, body: "已安排周六上午办证。", visibility: "public" });
  await changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "resolve" });
  return receipt;
}

describe("publishing a question with its reply", () => {
  it("previews a masked copy, publishes it, and the original stays as written", async () => {
    const receipt = await resolvedRequest(true);
    const moderator = await ctxFor("moderator@demo.test");
    const preview = await previewPublication(moderator, receipt.trackingNumber);
    expect(preview.redacted.question).not.toContain("李明");
    expect(preview.redacted.question).not.toContain("13912345678");
    expect(preview.redacted.question).not.toContain("410101199001011234");
    expect(preview.masked.map((m) => m.kind)).toEqual(expect.arrayContaining(["name", "phone", "idNumber"]));

    const leaky = {
      trackingNumber: receipt.trackingNumber,
      publicTitle: "办证",
      publicQuestion: "请打13912345678",
      publicReply: preview.redacted.reply,
    };
    await expect(publishRequest(moderator, leaky)).rejects.toSatisfy(
      (e) => (e as ValidationError).fieldErrors.publicQuestion === "personalDataLeft",
    );

    // The public list, read (and cached) before publishing, shows the new reply at once afterwards.
    expect((await listPublishedReplies(signedOut, { q: "周六" })).items.some((i) => i.reply.includes("周六上午"))).toBe(false);
    expect(await getPublishedReply(signedOut, receipt.trackingNumber)).toBeNull();
    await publishRequest(moderator, {
      trackingNumber: receipt.trackingNumber,
      publicTitle: preview.redacted.title,
      publicQuestion: preview.redacted.question,
      publicReply: preview.redacted.reply,
    });
    const listed = await listPublishedReplies(signedOut, { q: "周六" });
    const item = listed.items.find((i) => i.reply.includes("周六上午"));
    expect(item).toBeDefined();
    expect(JSON.stringify(item)).not.toMatch(/李明|13912345678|410101199001011234/);
    // Its permalink, read the same way: the redacted copy, found by its tracking number however typed.
    const own = await getPublishedReply(signedOut, ` ${receipt.trackingNumber.toLowerCase()} `);
    expect(own).toEqual(item);
    const [original] = await (await getDb()).select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(original?.body).toContain("13912345678");

    await unpublishRequest(moderator, { trackingNumber: receipt.trackingNumber, reason: "居民要求撤下" });
    expect((await listPublishedReplies(signedOut, { q: "周六" })).items.find((i) => i.reply.includes("周六上午"))).toBeUndefined();
    expect(await getPublishedReply(signedOut, receipt.trackingNumber)).toBeNull();
    const actions = (await (await getDb()).select().from(auditLog).where(eq(auditLog.entityId, receipt.trackingNumber))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["request.publish", "request.unpublish"]));
  });

  it("needs the resident's consent and a moderator", async () => {
    const receipt = await resolvedRequest(false);
    const moderator = await ctxFor("moderator@demo.test");
    const form = { trackingNumber: receipt.trackingNumber, publicTitle: "标题", publicQuestion: "内容", publicReply: "答复" };
    await expect(publishRequest(moderator, form)).rejects.toBeInstanceOf(ConflictError);
    await expect(publishRequest(await ctxFor("officer@demo.test"), form)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewPublication(await ctxFor("resident@demo.test"), receipt.trackingNumber)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
