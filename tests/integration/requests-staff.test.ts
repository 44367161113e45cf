import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, outbox, requests, units, users } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { changeRequestStatus, replyToRequest, triageRequest } from "@/domain/requests/staff/handle-request";
import { listRequestQueue, queueCounts } from "@/domain/requests/staff/queue";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { getTrackedRequest } from "@/domain/requests/track";
import { withdrawRequest } from "@/domain/requests/withdraw-request";

import { ctxFor, signedOut } from "../helpers/ctx";

let officerUnitId: number;
let ownVillage: string;
let otherVillage: string;

beforeAll(async () => {
  const db = await getDb();
  const [officer] = await db.select().from(users).where(eq(users.email, "officer@demo.test"));
  officerUnitId = officer!.unitId!;
  ownVillage = (await db.select().from(areas).where(eq(areas.unitId, officerUnitId)).limit(1))[0]!.nameZh;
  const [other] = await db
    .select()
    .from(units)
    .where(and(eq(units.kind, "station"), eq(units.rural, true)))
    .limit(1);
  otherVillage = (await db.select().from(areas).where(eq(areas.unitId, other!.id)).limit(1))[0]!.nameZh;
});

// Each from an address of its own: this file sends more than one address may (see rate-limits.test.ts).
let sender = 0;
const submit = (areaName: string, extra: Record<string, string> = {}) =>
  submitFeedback(
    { ...signedOut, ip: `198.18.${Math.floor(++sender / 250)}.${1 + (sender % 250)}` },
    {
      topic: "problem",
      category: "dispute",
      subject: `邻里纠纷 ${randomBytes(3).toString("hex")}`,
      body: "隔壁噪音很大。",
      areaName,
      contactEmail: "resident@example.test",
      idempotencyKey: randomBytes(18).toString("base64url"),
      ...extra,
    },
  );

describe("who sees which requests", () => {
  it("an officer sees their own station's requests only; moderators see all", async () => {
    const own = await submit(ownVillage);
    const other = await submit(otherVillage);
    const officer = await ctxFor("officer@demo.test");
    const queue = await listRequestQueue(officer, { status: "all" });
    const numbers = queue.items.map((r) => r.trackingNumber);
    expect(numbers).toContain(own.trackingNumber);
    expect(numbers).not.toContain(other.trackingNumber);
    await expect(getStaffRequest(officer, other.trackingNumber)).rejects.toBeInstanceOf(NotFoundError);
    const detail = await getStaffRequest(officer, own.trackingNumber);
    expect(detail.request.contactEmail).toBe("resident@example.test");

    const moderator = await ctxFor("moderator@demo.test");
    const all = await listRequestQueue(moderator, { status: "all", q: other.trackingNumber });
    expect(all.items.map((r) => r.trackingNumber)).toEqual([other.trackingNumber]);
  });

  it("residents and the signed-out get no queue at all", async () => {
    await expect(listRequestQueue(await ctxFor("resident@demo.test"), {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRequestQueue(signedOut, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(replyToRequest(signedOut, { trackingNumber: "F000000-AAAAAA", body: "x" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(queueCounts(await ctxFor("resident@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("pages through the queue by deadline without gaps or repeats", async () => {
    for (let i = 0; i < 55; i++) await submit(ownVillage, { category: "hazard" });
    const moderator = await ctxFor("moderator@demo.test");
    const first = await listRequestQueue(moderator, { category: "hazard" });
    expect(first.items).toHaveLength(50);
    const second = await listRequestQueue(moderator, { category: "hazard", after: first.next });
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.length).toBe(first.total);
    const deadlines = all.map((r) => r.deadlineAt.getTime());
    expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
  });
});

describe("handling a request", () => {
  it("triage, reply, note, resolve: audited, notified, and only public things on the tracking page", async () => {
    const receipt = await submit(ownVillage);
    const moderator = await ctxFor("moderator@demo.test");
    const officer = await ctxFor("officer@demo.test");
    await expect(triageRequest(officer, { trackingNumber: receipt.trackingNumber, unitId: String(officerUnitId) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await triageRequest(moderator, {
      trackingNumber: receipt.trackingNumber,
      category: "petition",
      unitId: String(officerUnitId),
      assigneeId: String(officer.actor!.userId),
    });
    const db = await getDb();
    let [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row).toMatchObject({ status: "accepted", category: "petition", assigneeId: officer.actor!.userId });
    expect(row!.deadlineAt.getTime()).toBeGreaterThan(receipt.deadlineAt.getTime());

    await expect(changeRequestStatus(officer, { trackingNumber: receipt.trackingNumber, action: "resolve" })).rejects.toSatisfy(
      (e) => (e as ValidationError).fieldErrors.body === "replyNeeded",
    );
    await replyToRequest(officer, { trackingNumber: receipt.trackingNumber, body: "我们已联系双方调解。", visibility: "public" });
    await replyToRequest(officer, { trackingNumber: receipt.trackingNumber, body: "内部：当事人情绪激动", visibility: "internal" });
    await changeRequestStatus(officer, { trackingNumber: receipt.trackingNumber, action: "resolve" });
    [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row).toMatchObject({ status: "resolved" });
    expect(row!.firstResponseAt).not.toBeNull();
    expect(row!.resolvedAt).not.toBeNull();

    const tracked = await getTrackedRequest(signedOut, receipt.trackToken);
    expect(tracked.timeline.map((e) => e.type)).toEqual(["submitted", "triaged", "public_reply", "resolved"]);
    expect(JSON.stringify(tracked)).not.toContain("内部");
    expect(tracked.canRate).toBe(true);

    const audits = (await db.select().from(auditLog).where(eq(auditLog.entityId, receipt.trackingNumber))).map((a) => a.action);
    expect(audits).toEqual(["request.triage", "request.reply", "request.note", "request.resolve"]);
    const templates = (await db.select().from(outbox).where(eq(outbox.recipient, "resident@example.test"))).map((m) => m.template);
    expect(templates).toEqual(expect.arrayContaining(["request.reply", "request.resolved"]));

    await expect(changeRequestStatus(officer, { trackingNumber: receipt.trackingNumber, action: "reopen" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "reopen", body: "" });
    [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row).toMatchObject({ status: "accepted", resolvedAt: null });
  });

  it("a transition the machine does not allow cannot happen", async () => {
    const receipt = await submit(ownVillage);
    await withdrawRequest(signedOut, receipt.trackToken, { confirm: "yes" });
    const moderator = await ctxFor("moderator@demo.test");
    await expect(
      changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "resolve", body: "done" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(withdrawRequest(signedOut, receipt.trackToken, { confirm: "yes" })).rejects.toBeInstanceOf(ConflictError);
    const [row] = await (await getDb()).select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row?.status).toBe("withdrawn");
  });

  it("asking for information needs the question, and rejecting needs a reason", async () => {
    const receipt = await submit(ownVillage);
    const moderator = await ctxFor("moderator@demo.test");
    await triageRequest(moderator, { trackingNumber: receipt.trackingNumber, unitId: String(officerUnitId) });
    await expect(
      changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "askForInformation" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "reject" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "askForInformation", body: "请提供具体时间。" });
    expect((await getTrackedRequest(signedOut, receipt.trackToken)).status).toBe("info_requested");
  });
});

describe("the resident's side", () => {
  it("answering a request for information hands it back; a dissatisfied rating reopens it", async () => {
    const { addResidentMessage, rateHandling } = await import("@/domain/requests/resident-actions");
    const receipt = await submit(ownVillage);
    const moderator = await ctxFor("moderator@demo.test");
    await triageRequest(moderator, { trackingNumber: receipt.trackingNumber, unitId: String(officerUnitId) });
    await changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "askForInformation", body: "请提供具体时间。" });
    await expect(addResidentMessage(signedOut, receipt.trackToken, { body: "" })).rejects.toBeInstanceOf(ValidationError);
    await addResidentMessage(signedOut, receipt.trackToken, { body: "每晚十点以后。" });
    expect((await getTrackedRequest(signedOut, receipt.trackToken)).status).toBe("accepted");

    await expect(rateHandling(signedOut, receipt.trackToken, { satisfaction: "satisfied" })).rejects.toBeInstanceOf(ConflictError);
    await changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "resolve", body: "已调解。" });
    await expect(
      rateHandling(signedOut, receipt.trackToken, { satisfaction: "meh" } as unknown as { satisfaction: "satisfied" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await rateHandling(signedOut, receipt.trackToken, { satisfaction: "dissatisfied", comment: "还是很吵" });
    const view = await getTrackedRequest(signedOut, receipt.trackToken);
    expect(view).toMatchObject({ status: "accepted", satisfaction: "dissatisfied", canRate: false });
    expect(view.timeline.map((e) => e.type).slice(-2)).toEqual(["rated", "reopened"]);
    const queue = await listRequestQueue(moderator, { q: receipt.trackingNumber });
    expect(queue.items).toHaveLength(1);
  });
});

describe("attachments", () => {
  it("are served only to staff who may see the request", async () => {
    const { getAttachment } = await import("@/domain/requests/staff/attachment");
    const { attachments: files } = await import("@/db/schema");
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(16)]);
    const receipt = await submitFeedback(
      signedOut,
      {
        topic: "problem",
        category: "hazard",
        subject: "坑",
        body: "路上有坑。",
        areaName: otherVillage,
        idempotencyKey: randomBytes(18).toString("base64url"),
      },
      [{ fileName: "坑.png", bytes: png }],
    );
    const db = await getDb();
    const [request] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    const [file] = await db.select().from(files).where(eq(files.requestId, request!.id));
    const moderator = await ctxFor("moderator@demo.test");
    expect((await getAttachment(moderator, receipt.trackingNumber, file!.id)).bytes.equals(png)).toBe(true);
    await expect(getAttachment(await ctxFor("officer@demo.test"), receipt.trackingNumber, file!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttachment(await ctxFor("resident@demo.test"), receipt.trackingNumber, file!.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getAttachment(signedOut, receipt.trackingNumber, file!.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    const own = await submit(ownVillage);
    await expect(getAttachment(moderator, own.trackingNumber, file!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("bulk assignment", () => {
  it("a moderator assigns many requests at once; officers cannot", async () => {
    const { assignRequests } = await import("@/domain/requests/staff/assign-requests");
    const a = await submit(ownVillage);
    const b = await submit(ownVillage);
    const db = await getDb();
    const ids = (
      await db
        .select({ id: requests.id })
        .from(requests)
        .where(inArray(requests.trackingNumber, [a.trackingNumber, b.trackingNumber]))
    ).map((r) => String(r.id));
    const officer = await ctxFor("officer@demo.test");
    await expect(assignRequests(officer, { requestIds: ids, assigneeId: String(officer.actor!.userId) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const moderator = await ctxFor("moderator@demo.test");
    await expect(assignRequests(moderator, { requestIds: [], assigneeId: String(officer.actor!.userId) })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await assignRequests(moderator, { requestIds: ids, assigneeId: String(officer.actor!.userId) })).toEqual({ assigned: 2 });
    const mine = await listRequestQueue(officer, { assignee: "me" });
    expect(mine.items.map((r) => r.trackingNumber)).toEqual(expect.arrayContaining([a.trackingNumber, b.trackingNumber]));
  });
});

describe("filtering the queue by unit", () => {
  it("offers officers only their own station and its work stations, and filters by the unit chosen", async () => {
    const { listQueueUnits } = await import("@/domain/requests/staff/queue");
    const officer = await ctxFor("officer@demo.test");
    const offered = await listQueueUnits(officer);
    expect(offered.map((u) => u.id)).toContain(officerUnitId);
    expect(offered.length).toBeLessThan(10);
    const moderator = await ctxFor("moderator@demo.test");
    expect((await listQueueUnits(moderator)).length).toBeGreaterThan(25);
    const own = await submit(ownVillage);
    const other = await submit(otherVillage);
    const unit = String(officerUnitId);
    expect((await listRequestQueue(moderator, { status: "all", unit, q: own.trackingNumber })).items).toHaveLength(1);
    expect((await listRequestQueue(moderator, { status: "all", unit, q: other.trackingNumber })).items).toHaveLength(0);
    const filtered = await listRequestQueue(moderator, { status: "all", unit });
    expect(new Set(filtered.items.map((r) => r.unitNameZh)).size).toBe(1);
  });
});
