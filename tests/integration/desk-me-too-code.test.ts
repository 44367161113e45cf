import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { meTooChallenges, outbox, requests } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { backItem } from "@/domain/desk/me-too";
import { CODE_TRIES, confirmMeToo, sendMeTooCode } from "@/domain/desk/me-too-code";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/domain/errors";
import { meTooCodePayload, openMeTooCode, renderDeskTemplate } from "@/domain/notifications/desk-templates";

import { signedOut } from "../helpers/ctx";
import { askQuestion, publishedQuestion } from "../helpers/desk";

// A visitor who is not signed in confirms a phone or e-mail address with a
// one-time code, and is counted once per item by that address.

let visitor = 0;
const fromAddress = (): Ctx => ({ ...signedOut, ip: `198.51.${100 + Math.floor(++visitor / 250)}.${visitor % 250}` });

/** The code last sent to an address, as the message carries it. */
async function codeSentTo(recipient: string): Promise<string> {
  const [message] = await (
    await getDb()
  )
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, recipient), eq(outbox.template, "desk.me_too_code")))
    .orderBy(desc(outbox.id))
    .limit(1);
  return openMeTooCode(message!.payload);
}

const fieldErrorsOf = (error: unknown) => (error instanceof ValidationError ? error.fieldErrors : error);

describe("this affects me too, confirmed by a one-time code", () => {
  it("counts a confirmed phone once; the same phone again is refused, even from another browser", async () => {
    const tn = await publishedQuestion("确认码", "测试");
    const { challenge, channel } = await sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "139 1234 5678" });
    expect(channel).toBe("sms");
    const code = await codeSentTo("13912345678");
    expect(code).toMatch(/^\d{6}$/);
    expect(await confirmMeToo(fromAddress(), { challenge, code })).toBe(1);
    // A code works once.
    expect(fieldErrorsOf(await confirmMeToo(fromAddress(), { challenge, code }).catch((e: unknown) => e))).toEqual({
      code: "meTooStartAgain",
    });
    // The same address is known at once: no second code is sent.
    await expect(sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "13912345678" })).rejects.toBeInstanceOf(ConflictError);
    // A browser token is another backer.
    expect(await backItem(fromAddress(), { trackingNumber: tn }, randomBytes(24).toString("base64url"))).toBe(2);
  });

  it("refuses a wrong code, and after five tries refuses the right one too", async () => {
    const tn = await publishedQuestion("试错", "测试");
    const { challenge } = await sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "Someone@Example.test" });
    const code = await codeSentTo("someone@example.test");
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < CODE_TRIES; i++) {
      expect(fieldErrorsOf(await confirmMeToo(signedOut, { challenge, code: wrong }).catch((e: unknown) => e))).toEqual({
        code: "meTooCodeWrong",
      });
    }
    expect(fieldErrorsOf(await confirmMeToo(signedOut, { challenge, code }).catch((e: unknown) => e))).toEqual({ code: "meTooStartAgain" });
    const [stored] = await (await getDb()).select().from(meTooChallenges).where(eq(meTooChallenges.attempts, CODE_TRIES));
    // Neither the address nor the code is kept in clear.
    expect(JSON.stringify(stored)).not.toContain("someone@example.test");
    expect(JSON.stringify(stored)).not.toContain(code);
  });

  it("counts tries made at once: never more than five", async () => {
    const tn = await publishedQuestion("并发试码", "测试");
    const { challenge } = await sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "13812340000" });
    const code = await codeSentTo("13812340000");
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => confirmMeToo(signedOut, { challenge, code: wrong })));
    const said = results.map((r) => (r.status === "rejected" ? (r.reason as ValidationError).fieldErrors.code : "counted"));
    expect(said.filter((s) => s === "meTooCodeWrong")).toHaveLength(CODE_TRIES);
    expect(said.filter((s) => s === "meTooStartAgain")).toHaveLength(12 - CODE_TRIES);
  });

  it("refuses an expired code, a bad address and an item not published", async () => {
    const tn = await publishedQuestion("过期", "测试");
    const { challenge } = await sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "13700000001" });
    const code = await codeSentTo("13700000001");
    await (
      await getDb()
    )
      .update(meTooChallenges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(meTooChallenges.requestId, await requestIdOf(tn)));
    expect(fieldErrorsOf(await confirmMeToo(signedOut, { challenge, code }).catch((e: unknown) => e))).toEqual({ code: "meTooStartAgain" });
    expect(fieldErrorsOf(await sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "12345" }).catch((e: unknown) => e))).toEqual({
      contact: "meTooContact",
    });
    const unpublished = await askQuestion("王庄村");
    await expect(
      sendMeTooCode(fromAddress(), { trackingNumber: unpublished.trackingNumber, contact: "13700000002" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sends at most three codes an hour to one address", async () => {
    const tn = await publishedQuestion("限发", "测试");
    for (let i = 0; i < 3; i++) await sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "13600000003" });
    await expect(sendMeTooCode(fromAddress(), { trackingNumber: tn, contact: "13600000003" })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("writes the message in both languages with the code and the item's link", async () => {
    const payload = meTooCodePayload("024681", "Q261201-ABCDEF");
    expect(JSON.stringify(payload)).not.toContain("024681");
    const text = renderDeskTemplate("desk.me_too_code", payload, "https://example.test").text;
    expect(text).toContain("024681");
    expect(text).toContain("https://example.test/desk/q/Q261201-ABCDEF");
    expect(text).toContain("您的验证码");
    expect(text).toContain("Your code");
  });
});

async function requestIdOf(trackingNumber: string): Promise<number> {
  const [row] = await (await getDb()).select({ id: requests.id }).from(requests).where(eq(requests.trackingNumber, trackingNumber));
  return row!.id;
}
