import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, requests } from "@/db/schema";
import { signUp } from "@/domain/accounts/sign-up";
import type { Ctx } from "@/domain/context";
import { ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { claimRequest } from "@/domain/requests/claim-request";
import { listMyRequests } from "@/domain/requests/my-requests";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { findTrackToken } from "@/domain/requests/track";

import { ctxFor, signedOut } from "../helpers/ctx";

const suggestion = (ctx: Ctx) =>
  submitFeedback(ctx, {
    topic: "suggestion",
    subject: `More patrols ${randomBytes(3).toString("hex")}`,
    body: "Please patrol the market on Sunday mornings.",
    contactName: "Li Si",
    contactEmail: "li@example.test",
    idempotencyKey: randomBytes(18).toString("base64url"),
  });
const fieldErrors = (e: unknown) => (e as ValidationError).fieldErrors;
const numbers = async (ctx: Ctx) => (await listMyRequests(ctx)).map((r) => r.trackingNumber);
const accountOf = async (trackingNumber: string) =>
  (await (await getDb()).select({ accountId: requests.accountId }).from(requests).where(eq(requests.trackingNumber, trackingNumber)))[0]
    ?.accountId;

let neighbourEmail: string;

beforeAll(async () => {
  neighbourEmail = "neighbour@example.test";
  await signUp(signedOut, { name: "Neighbour", email: neighbourEmail });
});

describe("my requests", () => {
  it("lists what a resident sent while signed in, newest first, to them alone and without contact details", async () => {
    const resident = await ctxFor("resident@demo.test");
    const first = await suggestion(resident);
    const second = await suggestion(resident);
    const anonymous = await suggestion(signedOut);
    const mine = await listMyRequests(resident);
    const listed = mine.map((r) => r.trackingNumber);
    expect(listed.indexOf(second.trackingNumber)).toBeLessThan(listed.indexOf(first.trackingNumber));
    expect(listed).not.toContain(anonymous.trackingNumber);
    const row = mine.find((r) => r.trackingNumber === first.trackingNumber);
    expect(Object.keys(row!).sort()).toEqual([
      "createdAt",
      "deadlineAt",
      "kind",
      "status",
      "subject",
      "topic",
      "trackToken",
      "trackingNumber",
    ]);
    expect(row).toMatchObject({ kind: "feedback", topic: "suggestion", status: "submitted", trackToken: first.trackToken });
    expect(JSON.stringify(mine)).not.toMatch(/li@example|Li Si/);

    const neighbour = await ctxFor(neighbourEmail);
    expect(await numbers(neighbour)).not.toContain(first.trackingNumber);
  });

  it("is for the signed-in only", async () => {
    await expect(listMyRequests(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("linking a request sent without signing in", () => {
  it("links it with the right code, and linking it again changes nothing", async () => {
    const receipt = await suggestion(signedOut);
    const resident = await ctxFor("resident@demo.test", "203.0.113.1");
    const claimed = await claimRequest(resident, {
      trackingNumber: receipt.trackingNumber.toLowerCase(),
      accessCode: ` ${receipt.accessCode.toLowerCase()} `,
    });
    expect(claimed).toEqual({ trackingNumber: receipt.trackingNumber });
    expect(await numbers(resident)).toContain(receipt.trackingNumber);
    expect(await accountOf(receipt.trackingNumber)).toBe(resident.actor!.userId);

    await claimRequest(resident, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode });
    expect(await accountOf(receipt.trackingNumber)).toBe(resident.actor!.userId);
    const audits = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "request.claim"), eq(auditLog.entityId, receipt.trackingNumber)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: resident.actor!.userId, actorRole: "resident" });
  });

  it("refuses a wrong code, then limits attempts like the sunshine query does", async () => {
    const receipt = await suggestion(signedOut);
    const resident = await ctxFor("resident@demo.test", "203.0.113.2");
    for (let i = 0; i < 5; i++) {
      const error = await claimRequest(resident, { trackingNumber: receipt.trackingNumber, accessCode: "WRONG234" }).catch((e) => e);
      expect(fieldErrors(error)).toEqual({ accessCode: "wrongCode" });
    }
    await expect(claimRequest(resident, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    // The same counters as the sunshine query: claiming is no way round them.
    await expect(
      findTrackToken({ ...signedOut, ip: "203.0.113.3" }, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect(await accountOf(receipt.trackingNumber)).toBeNull();
  });

  it("refuses a request linked to another account exactly like a wrong code", async () => {
    const resident = await ctxFor("resident@demo.test");
    const receipt = await suggestion(resident);
    const neighbour = await ctxFor(neighbourEmail, "203.0.113.4");
    const taken = await claimRequest(neighbour, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode }).catch((e) => e);
    const wrong = await claimRequest(neighbour, { trackingNumber: receipt.trackingNumber, accessCode: "WRONG234" }).catch((e) => e);
    const unknown = await claimRequest(neighbour, { trackingNumber: "F000000-XXXXXX", accessCode: receipt.accessCode }).catch((e) => e);
    expect(taken).toBeInstanceOf(ValidationError);
    expect(fieldErrors(taken)).toEqual(fieldErrors(wrong));
    expect(fieldErrors(taken)).toEqual(fieldErrors(unknown));
    expect(taken.message).toBe(wrong.message);
    expect(await accountOf(receipt.trackingNumber)).toBe(resident.actor!.userId);
    expect(await numbers(neighbour)).not.toContain(receipt.trackingNumber);
  });

  it("names each missing field", async () => {
    const error = await claimRequest(await ctxFor("resident@demo.test", "203.0.113.5"), { trackingNumber: "", accessCode: "" }).catch(
      (e) => e,
    );
    expect(fieldErrors(error)).toEqual({ trackingNumber: "required", accessCode: "required" });
  });

  it("is refused for staff and for the signed-out", async () => {
    const receipt = await suggestion(signedOut);
    const form = { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode };
    for (const email of ["officer@demo.test", "moderator@demo.test", "admin@demo.test"]) {
      await expect(claimRequest(await ctxFor(email, "203.0.113.6"), form)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(claimRequest(signedOut, form)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await accountOf(receipt.trackingNumber)).toBeNull();
  });
});
