import { randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, attachments, outbox, requestEvents, requests } from "@/db/schema";
import { RateLimitedError, ValidationError } from "@/domain/errors";
import type { FeedbackFormInput } from "@/domain/requests/feedback-form";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { findTrackToken, getTrackedRequest } from "@/domain/requests/track";

import { signedOut } from "../helpers/ctx";

const key = () => randomBytes(18).toString("base64url");
// Tests send what a browser could send, wrong values included.
const problem = (extra: Record<string, string> = {}) =>
  ({
    topic: "problem",
    category: "hazard",
    danger: "no",
    subject: "路灯坏了",
    body: "村口的路灯坏了一个月，晚上很黑。我的电话是13912345678。",
    contactName: "张三",
    contactEmail: "zhang@example.test",
    idempotencyKey: key(),
    ...extra,
  }) as FeedbackFormInput;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
const fieldErrors = (e: unknown) => (e as ValidationError).fieldErrors;

describe("submitting feedback", () => {
  it("commits the request, its first event, attachments and notification together", async () => {
    const db = await getDb();
    const [village] = await db.select().from(areas).where(eq(areas.kind, "village")).limit(1);
    const receipt = await submitFeedback(signedOut, problem({ areaName: village!.nameZh }), [{ fileName: "lamp.png", bytes: png }]);
    expect(receipt.trackingNumber).toMatch(/^F\d{6}-[2-9A-Z]{6}$/);
    expect(receipt.accessCode).toMatch(/^[2-9A-Z]{8}$/);
    expect(receipt.trackToken.length).toBeGreaterThanOrEqual(32);
    expect(receipt.deadlineAt.getTime()).toBeGreaterThan(Date.now());

    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row).toMatchObject({ status: "submitted", topic: "problem", category: "hazard", areaId: village!.id, unitId: village!.unitId });
    expect(row!.accessCodeHash).not.toContain(receipt.accessCode);
    expect(row!.firstResponseDueAt.getTime()).toBeLessThanOrEqual(row!.deadlineAt.getTime());
    const events = await db.select().from(requestEvents).where(eq(requestEvents.requestId, row!.id));
    expect(events.map((e) => e.type)).toEqual(["submitted"]);
    const [file] = await db.select().from(attachments).where(eq(attachments.requestId, row!.id));
    expect(file).toMatchObject({ mediaType: "image/png", size: png.length, fileName: "lamp.png" });
    const [message] = await db.select().from(outbox).where(eq(outbox.recipient, "zhang@example.test"));
    expect(message).toMatchObject({ channel: "email", template: "request.received", status: "pending" });
  });

  it("gives the same receipt for a retry, and one request for a concurrent double submit", async () => {
    const form = problem();
    const first = await submitFeedback(signedOut, form);
    expect(await submitFeedback(signedOut, form)).toEqual(first);

    const twice = problem();
    const receipts = await Promise.all(Array.from({ length: 5 }, () => submitFeedback(signedOut, twice)));
    expect(new Set(receipts.map((r) => r.trackingNumber)).size).toBe(1);
    expect(new Set(receipts.map((r) => r.accessCode)).size).toBe(1);
    const [n] = await (await getDb()).select({ n: count() }).from(requests).where(eq(requests.idempotencyKey, twice.idempotencyKey));
    expect(n!.n).toBe(1);
  });

  it("stops when someone is in danger, and names each missing field", async () => {
    await expect(submitFeedback(signedOut, problem({ danger: "yes" }))).rejects.toSatisfy((e) => fieldErrors(e).danger === "callPolice");
    const error = await submitFeedback(signedOut, { topic: "complaint", subject: "", body: "", idempotencyKey: key() }).catch((e) => e);
    expect(fieldErrors(error)).toMatchObject({
      subject: "required",
      body: "required",
      contactPhone: "contactNeeded",
      unitConcerned: "whoConcerned",
    });
    const tooLong = await submitFeedback(signedOut, problem({ body: "长".repeat(4001) })).catch((e) => e);
    expect(fieldErrors(tooLong)).toEqual({ body: "tooLong4000" });
  });

  it("lets a problem or a tip be anonymous", async () => {
    const receipt = await submitFeedback(signedOut, problem({ topic: "tip", category: "", contactName: "", contactEmail: "" }));
    const [row] = await (await getDb()).select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row?.anonymous).toBe(true);
  });

  it("refuses files by their bytes, not their names, and over 5 MB", async () => {
    const fake = { fileName: "photo.jpg", bytes: Buffer.from("<script>alert(1)</script>") };
    await expect(submitFeedback(signedOut, problem(), [fake])).rejects.toSatisfy((e) => fieldErrors(e).attachments === "fileType");
    const huge = { fileName: "big.png", bytes: Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]) };
    await expect(submitFeedback(signedOut, problem(), [huge])).rejects.toSatisfy((e) => fieldErrors(e).attachments === "fileTooLarge");
    const four = Array.from({ length: 4 }, (_, i) => ({ fileName: `${i}.png`, bytes: png }));
    await expect(submitFeedback(signedOut, problem(), four)).rejects.toSatisfy((e) => fieldErrors(e).attachments === "tooManyFiles");
  });

  it("refuses a village that does not exist", async () => {
    await expect(submitFeedback(signedOut, problem({ areaName: "不存在村" }))).rejects.toSatisfy(
      (e) => fieldErrors(e).areaName === "unknownArea",
    );
  });
});

describe("sunshine query", () => {
  it("finds the request with its code, shows only public things, and limits wrong codes", async () => {
    const receipt = await submitFeedback(signedOut, problem());
    const ctx = { ...signedOut, ip: "198.51.100.9" };
    const token = await findTrackToken(ctx, {
      trackingNumber: receipt.trackingNumber.toLowerCase(),
      accessCode: ` ${receipt.accessCode.toLowerCase()} `,
    });
    expect(token).toBe(receipt.trackToken);

    const view = await getTrackedRequest(ctx, token);
    expect(view).toMatchObject({
      trackingNumber: receipt.trackingNumber,
      status: "submitted",
      canWithdraw: true,
      canRate: false,
      onTime: true,
    });
    expect(JSON.stringify(view)).not.toMatch(/zhang@example|张三|accessCode|contact/);

    for (let i = 0; i < 5; i++) {
      await expect(findTrackToken(ctx, { trackingNumber: receipt.trackingNumber, accessCode: "WRONG234" })).rejects.toSatisfy(
        (e) => fieldErrors(e).accessCode === "wrongCode",
      );
    }
    await expect(findTrackToken(ctx, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it("answers an unknown number like a wrong code, and an unknown token is not found", async () => {
    const ctx = { ...signedOut, ip: "198.51.100.10" };
    await expect(findTrackToken(ctx, { trackingNumber: "F000000-XXXXXX", accessCode: "ABCDEFGH" })).rejects.toSatisfy(
      (e) => fieldErrors(e).accessCode === "wrongCode",
    );
    await expect(getTrackedRequest(ctx, "x".repeat(32))).rejects.toThrow();
  });
});
