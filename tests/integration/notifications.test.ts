import { and, eq, gte } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, outbox } from "@/db/schema";
import { ConflictError, ForbiddenError } from "@/domain/errors";
import { dispatchDue, MAX_ATTEMPTS, retryDelayMs } from "@/domain/notifications/dispatch";
import { listOutbox } from "@/domain/notifications/queries";
import { retryOutboxMessage } from "@/domain/notifications/retry-outbox-message";
import { emailSender, type Sender } from "@/domain/notifications/senders";
import { renderTemplate, templateNames } from "@/domain/notifications/templates";

import { ctxFor } from "../helpers/ctx";
import { decodeMail, startSmtpServer } from "../helpers/smtp-server";

const BASE = "https://safe.example.test";
const ACCESS_CODE = "ACCE55CD";
// An access code in the payload by mistake must still never reach a message.
const payload = {
  trackingNumber: "F261128-7KQ2MX",
  trackToken: "t0k3n-abcdefghijklmnopqrstuvwxyz_0123",
  deadlineAt: "2026-12-04T09:00:00.000Z",
  accessCode: ACCESS_CODE,
};
const link = `${BASE}/track/${payload.trackToken}`;

async function queue(count: number, values: Partial<typeof outbox.$inferInsert> = {}) {
  // Due a second ago: the database keeps microseconds and a Date only milliseconds, so a row
  // due "now" and dispatched within the same millisecond would not be due yet.
  const nextAttemptAt = new Date(Date.now() - 1000);
  const rows = Array.from({ length: count }, (_, i) => ({
    channel: "log" as const,
    recipient: `resident${i}@example.test`,
    template: "request.received",
    payload,
    nextAttemptAt,
    ...values,
  }));
  return (await getDb()).insert(outbox).values(rows).returning();
}

async function row(id: number) {
  const [found] = await (await getDb()).select().from(outbox).where(eq(outbox.id, id));
  return found!;
}

// dispatchDue takes whatever is due, so every test starts from an empty outbox.
beforeEach(async () => {
  await (await getDb()).delete(outbox).where(gte(outbox.id, 0));
});

describe("dispatching the outbox", () => {
  it("sends a pending message once and marks it sent", async () => {
    const [message] = await queue(1);
    expect(await dispatchDue({ baseUrl: BASE })).toEqual({ sent: 1, failed: 0, retried: 0 });
    const sent = await row(message!.id);
    expect(sent).toMatchObject({ status: "sent", attempts: 0, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await dispatchDue({ baseUrl: BASE })).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it("never sends one message twice when dispatchers run at the same time", async () => {
    const messages = await queue(40);
    const sends = new Map<number, number>();
    const counting: Sender = async ({ id }) => {
      sends.set(id, (sends.get(id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    let total = 0;
    for (let round = 0; round < 5 && total < messages.length; round++) {
      const results = await Promise.all(Array.from({ length: 4 }, () => dispatchDue({ limit: 15, senders: { log: counting } })));
      total += results.reduce((sum, r) => sum + r.sent, 0);
    }
    expect(total).toBe(40);
    expect([...sends.keys()].sort((a, b) => a - b)).toEqual(messages.map((m) => m.id).sort((a, b) => a - b));
    expect([...sends.values()].every((n) => n === 1)).toBe(true);
  });

  it("retries a failing message with back-off and gives up after eight attempts", async () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
    const [message] = await queue(1, { recipient: "zhang@example.test" });
    const failing: Sender = async () => {
      throw new Error(`550 <zhang@example.test> refused ${"x".repeat(600)}`);
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const due = (await row(message!.id)).nextAttemptAt;
      expect(await dispatchDue({ now: new Date(due.getTime() - 1), senders: { log: failing } })).toEqual({
        sent: 0,
        failed: 0,
        retried: 0,
      });
      // +1 ms: PostgreSQL keeps microseconds, a Date only milliseconds.
      const now = new Date(due.getTime() + 1);
      const result = await dispatchDue({ now, senders: { log: failing } });
      const after = await row(message!.id);
      expect(after.attempts).toBe(attempt);
      expect(after.lastError).toHaveLength(500);
      expect(after.lastError).toContain("zh***@example.test");
      expect(after.lastError).not.toContain("zhang@example.test");
      if (attempt < MAX_ATTEMPTS) {
        expect(result).toEqual({ sent: 0, failed: 0, retried: 1 });
        expect(after).toMatchObject({ status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)) });
      } else {
        expect(result).toEqual({ sent: 0, failed: 1, retried: 0 });
        expect(after.status).toBe("failed");
      }
    }
    expect(await dispatchDue({ now: new Date(Date.now() + 86400_000), senders: { log: failing } })).toEqual({
      sent: 0,
      failed: 0,
      retried: 0,
    });
  });

  it("leaves messages that are not due yet alone", async () => {
    const later = new Date(Date.now() + 3600_000);
    const [message] = await queue(1, { nextAttemptAt: later });
    expect(await dispatchDue({ baseUrl: BASE })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await row(message!.id)).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: later, sentAt: null });
  });
});

describe("notification templates", () => {
  it.each(templateNames)("%s: Chinese then English, tracking number and link, never the access code", (template) => {
    const { subject, text } = renderTemplate(template, payload, BASE);
    expect(subject).toContain(payload.trackingNumber);
    expect(text).toContain(payload.trackingNumber);
    expect(text).toContain(link);
    expect(`${subject}\n${text}`).not.toContain(ACCESS_CODE);
    expect(text.indexOf("您好")).toBeLessThan(text.indexOf("Hello"));
  });

  it("gives the deadline in Beijing time, and refuses an unknown template", () => {
    expect(renderTemplate("request.received", payload, BASE).text).toMatch(/2026年12月4日.*17:00[\s\S]*4 December 2026.*17:00/);
    expect(() => renderTemplate("request.unknown", payload, BASE)).toThrow(/unknown notification template/);
  });
});

describe("the outbox for staff", () => {
  it.each(["resident@demo.test", "officer@demo.test"])("is refused for %s", async (email) => {
    await expect(listOutbox(await ctxFor(email))).rejects.toBeInstanceOf(ForbiddenError);
    const [message] = await queue(1, { status: "failed", attempts: MAX_ATTEMPTS });
    await expect(retryOutboxMessage(await ctxFor(email), { id: message!.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(message!.id)).status).toBe("failed");
  });

  it("lists newest first, 50 a page, filtered by status, with recipients masked", async () => {
    await queue(54);
    const [email] = await queue(1, { channel: "email", recipient: "zhang@example.test", status: "sent" });
    const [sms] = await queue(1, { channel: "sms", recipient: "13912345678", status: "failed" });
    const moderator = await ctxFor("moderator@demo.test");
    const first = await listOutbox(moderator);
    expect(first.messages).toHaveLength(50);
    expect(first.messages.slice(0, 2).map((m) => [m.id, m.recipient])).toEqual([
      [sms!.id, "139****5678"],
      [email!.id, "zh***@example.test"],
    ]);
    expect(JSON.stringify(first)).not.toMatch(/zhang@|13912345678|resident\d+@/);
    const second = await listOutbox(moderator, { before: String(first.next) });
    expect(second.messages).toHaveLength(6);
    expect(second.next).toBeNull();
    expect((await listOutbox(moderator, { status: "failed" })).messages.map((m) => m.id)).toEqual([sms!.id]);
    expect((await listOutbox(moderator, { status: "nonsense" })).messages).toHaveLength(50);
  });

  it("puts a failed message back in the queue for a moderator, audited", async () => {
    const [message] = await queue(1, { status: "failed", attempts: MAX_ATTEMPTS, lastError: "timeout" });
    const moderator = await ctxFor("moderator@demo.test", "203.0.113.9");
    await retryOutboxMessage(moderator, { id: message!.id });
    const after = await row(message!.id);
    expect(after).toMatchObject({ status: "pending", attempts: 0 });
    expect(after.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    const [entry] = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "outbox.retry"), eq(auditLog.entityId, String(message!.id))));
    expect(entry).toMatchObject({
      actorId: moderator.actor!.userId,
      entity: "outbox",
      ip: "203.0.113.9",
      detail: { previousAttempts: MAX_ATTEMPTS },
    });
    await expect(retryOutboxMessage(moderator, { id: message!.id })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("e-mail over SMTP", () => {
  it("delivers the rendered message to an SMTP server", async () => {
    const smtp = await startSmtpServer();
    try {
      const [message] = await queue(1, { channel: "email", recipient: "zhang@example.test" });
      const email = emailSender({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: "Safe City <no-reply@safe.example.test>" });
      expect(await dispatchDue({ baseUrl: BASE, senders: { email } })).toEqual({ sent: 1, failed: 0, retried: 0 });
      expect(smtp.commands).toContain("RCPT TO:<zhang@example.test>");
      expect(smtp.mails).toHaveLength(1);
      const mail = decodeMail(smtp.mails[0]!);
      const expected = renderTemplate("request.received", payload, BASE);
      expect(mail.subject).toBe(expected.subject);
      expect(mail.text).toContain(payload.trackingNumber);
      expect(mail.text).toContain(link);
      expect(mail.text).not.toContain(ACCESS_CODE);
      expect((await row(message!.id)).status).toBe("sent");
    } finally {
      await smtp.close();
    }
  });

  it("retries when the server refuses, without keeping the address in the error", async () => {
    const smtp = await startSmtpServer({ refuseRecipients: true });
    try {
      const [message] = await queue(1, { channel: "email", recipient: "zhang@example.test" });
      const email = emailSender({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
      expect(await dispatchDue({ baseUrl: BASE, senders: { email } })).toEqual({ sent: 0, failed: 0, retried: 1 });
      const after = await row(message!.id);
      expect(after).toMatchObject({ status: "pending", attempts: 1 });
      expect(after.lastError).toContain("550");
      expect(after.lastError).not.toContain("zhang@example.test");
    } finally {
      await smtp.close();
    }
  });
});
