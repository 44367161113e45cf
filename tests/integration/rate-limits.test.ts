import { randomBytes } from "node:crypto";
import { eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { rateLimits, requests } from "@/db/schema";
import { RateLimitedError, ValidationError } from "@/domain/errors";
import { periodicWork } from "@/domain/notifications/dispatcher-loop";
import { addressBucket, consumeLimits, countOf } from "@/domain/rate-limit";
import type { FeedbackFormInput } from "@/domain/requests/feedback-form";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { findTrackToken } from "@/domain/requests/track";

import { signedOut } from "../helpers/ctx";
import { untyped } from "../helpers/untyped";

const tip = (extra: Record<string, string> = {}): FeedbackFormInput =>
  untyped({
    topic: "tip",
    subject: "可疑车辆",
    body: "有一辆车连续几晚停在学校门口。",
    idempotencyKey: randomBytes(18).toString("base64url"),
    ...extra,
  });

describe("submissions per address", () => {
  it("twenty new requests an hour from one address; the next waits, another address does not", async () => {
    const from = { ...signedOut, ip: "203.0.113.50" };
    for (let i = 0; i < 20; i++) await submitFeedback(from, tip());
    const refused = await submitFeedback(from, tip()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(3000);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(3600);
    await expect(submitFeedback({ ...signedOut, ip: "203.0.113.51" }, tip())).resolves.toMatchObject({
      trackingNumber: expect.any(String),
    });
    // The refused one left nothing behind.
    const db = await getDb();
    const [{ n } = { n: 0 }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(requests)
      .where(eq(requests.subject, "可疑车辆"));
    expect(n).toBe(21);
  });

  it("counts neither a form with mistakes nor a retry of the same form", async () => {
    const from = { ...signedOut, ip: "203.0.113.52" };
    await expect(submitFeedback(from, tip({ subject: "" }))).rejects.toBeInstanceOf(ValidationError);
    const form = tip();
    const first = await submitFeedback(from, form);
    expect(await submitFeedback(from, form)).toEqual(first);
    expect(await countOf(await getDb(), "submit:ip:203.0.113.52")).toBe(1);
  });

  it("counts an IPv6 household by its /64, whichever address of it writes", async () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe(addressBucket("2001:0db8:0001:0002:ffff:1:2:3"));
    expect(addressBucket("2001:db8:1:2::1")).not.toBe(addressBucket("2001:db8:1:3::1"));
    expect(addressBucket("198.51.100.7")).toBe("198.51.100.7");
    for (let i = 0; i < 20; i++) await submitFeedback({ ...signedOut, ip: `2001:db8:77:1::${i.toString(16)}` }, tip());
    await expect(submitFeedback({ ...signedOut, ip: "2001:db8:77:1:dead:beef::1" }, tip())).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("tracking look-ups per number", () => {
  it("after five wrong codes the owner is told to wait minutes, never locked out for good", async () => {
    const receipt = await submitFeedback({ ...signedOut, ip: "203.0.113.60" }, tip());
    const guesser = { ...signedOut, ip: "203.0.113.61" };
    for (let i = 0; i < 5; i++) {
      await expect(findTrackToken(guesser, { trackingNumber: receipt.trackingNumber, accessCode: "WRONG234" })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    const owner = { ...signedOut, ip: "203.0.113.62" };
    const waiting = await findTrackToken(owner, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode }).catch(
      (e: unknown) => e,
    );
    expect(waiting).toBeInstanceOf(RateLimitedError);
    // 15 minutes at most: the window does not grow with further guesses.
    expect((waiting as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    await expect(findTrackToken(guesser, { trackingNumber: receipt.trackingNumber, accessCode: "WRONG234" })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    const db = await getDb();
    const [window] = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `track:number:${receipt.trackingNumber}`));
    expect(window!.resetAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // Once the window has passed, the owner's right code opens the request.
    await db
      .update(rateLimits)
      .set({ resetAt: sql`now() - interval '1 second'` })
      .where(eq(rateLimits.key, `track:number:${receipt.trackingNumber}`));
    await expect(findTrackToken(owner, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode })).resolves.toBe(
      receipt.trackToken,
    );
  });
});

describe("expired counters", () => {
  it("are deleted by the server's periodic work; live ones stay", async () => {
    const db = await getDb();
    await consumeLimits(db, [
      { key: "test:expired:1", max: 5, windowSeconds: 60 },
      { key: "test:expired:2", max: 5, windowSeconds: 60 },
      { key: "test:live", max: 5, windowSeconds: 600 },
    ]);
    await db
      .update(rateLimits)
      .set({ resetAt: sql`now() - interval '1 minute'` })
      .where(like(rateLimits.key, "test:expired:%"));
    await periodicWork(Date.now() + 3600_000);
    const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, "test:%"));
    expect(left.map((r) => r.key)).toEqual(["test:live"]);
  });
});
