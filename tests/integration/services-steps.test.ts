import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, attachments, auditLog, outbox, requests, services } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/domain/errors";
import { addResidentMessage } from "@/domain/requests/resident-actions";
import { listRequestQueue } from "@/domain/requests/staff/queue";
import { getTrackedRequest } from "@/domain/requests/track";
import { handleApplication, type ApplicationStep } from "@/domain/services/handle-application";
import { submitApplication } from "@/domain/services/submit-application";

import { ctxFor, signedOut } from "../helpers/ctx";

const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);

async function apply(email = `applicant.${randomBytes(4).toString("hex")}@example.test`, unitId?: number) {
  const db = await getDb();
  const [village] = await db
    .select()
    .from(areas)
    .where(unitId ? eq(areas.unitId, unitId) : eq(areas.kind, "village"))
    .limit(1);
  const receipt = await submitApplication(
    signedOut,
    "no-criminal-record",
    {
      contactName: "张三",
      contactPhone: "13912345678",
      contactEmail: email,
      idempotencyKey: randomBytes(18).toString("base64url"),
      idNumber: "11010519491231002X",
      village: village!.nameZh,
      purpose: "visa",
      receiver: "某国使馆",
    },
    { idPhoto: [{ fileName: "id.jpg", bytes: jpeg }] },
  );
  return { ...receipt, email };
}

const step = async (trackingNumber: string, s: ApplicationStep, body = "") =>
  handleApplication(await ctxFor("moderator@demo.test"), { trackingNumber, step: s, body });

async function messagesTo(email: string) {
  const db = await getDb();
  return (await db.select().from(outbox).where(eq(outbox.recipient, email))).map((m) => m.template);
}

describe("an application's steps", () => {
  it("accept → ask for materials → resident uploads → approve → ready to collect, each told to the resident and audited", async () => {
    const db = await getDb();
    const a = await apply();
    await step(a.trackingNumber, "accept");
    await step(a.trackingNumber, "askForMaterials", "请上传户口簿首页照片");
    await addResidentMessage(signedOut, a.trackToken, { body: "已上传户口簿" }, [{ fileName: "hukou.jpg", bytes: jpeg }]);
    await step(a.trackingNumber, "approve");
    expect((await getTrackedRequest(signedOut, a.trackToken)).status).toBe("approved");
    await step(a.trackingNumber, "readyToCollect", "请携带身份证到派出所领取");

    const tracked = await getTrackedRequest(signedOut, a.trackToken);
    expect(tracked.status).toBe("resolved");
    expect(tracked.timeline.map((e) => e.type)).toEqual([
      "submitted",
      "accepted",
      "info_requested",
      "resident_message",
      "approved",
      "ready_to_collect",
    ]);
    expect(await messagesTo(a.email)).toEqual([
      "request.received",
      "request.accepted",
      "request.info_requested",
      "request.approved",
      "request.delivered",
    ]);
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, a.trackingNumber));
    expect(await db.select().from(attachments).where(eq(attachments.requestId, row!.id))).toHaveLength(2);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "request"), eq(auditLog.entityId, a.trackingNumber)));
    expect(audit.map((e) => e.action)).toEqual([
      "application.accept",
      "application.askForMaterials",
      "application.approve",
      "application.readyToCollect",
    ]);
  });

  it("a refusal needs its public reason, and the resident reads it", async () => {
    const a = await apply();
    await step(a.trackingNumber, "accept");
    await expect(step(a.trackingNumber, "refuse")).rejects.toBeInstanceOf(ValidationError);
    await step(a.trackingNumber, "refuse", "申请人户籍不在本县，请到户籍地办理。");
    const tracked = await getTrackedRequest(signedOut, a.trackToken);
    expect(tracked.status).toBe("rejected");
    expect(tracked.timeline.at(-1)).toMatchObject({ type: "refused", body: "申请人户籍不在本县，请到户籍地办理。" });
    expect(await messagesTo(a.email)).toContain("request.refused");
  });

  it("refuses steps out of order, and leaves status, messages and audit as they were", async () => {
    const db = await getDb();
    const a = await apply();
    for (const s of ["approve", "readyToCollect", "sent"] as const)
      await expect(step(a.trackingNumber, s)).rejects.toBeInstanceOf(ConflictError);
    await step(a.trackingNumber, "accept");
    await expect(step(a.trackingNumber, "accept")).rejects.toBeInstanceOf(ConflictError);
    await expect(step(a.trackingNumber, "sent")).rejects.toBeInstanceOf(ConflictError);
    await step(a.trackingNumber, "approve");
    await expect(step(a.trackingNumber, "askForMaterials", "再补一份")).rejects.toBeInstanceOf(ConflictError);
    await expect(step(a.trackingNumber, "refuse", "不批准")).rejects.toBeInstanceOf(ConflictError);
    await step(a.trackingNumber, "sent", "EMS 1234567890");
    await expect(step(a.trackingNumber, "readyToCollect")).rejects.toBeInstanceOf(ConflictError);
    expect(await messagesTo(a.email)).toEqual(["request.received", "request.accepted", "request.approved", "request.delivered"]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, a.trackingNumber));
    expect(audit).toHaveLength(3);
  });

  it("is for staff only, and only for applications", async () => {
    const a = await apply();
    await expect(handleApplication(signedOut, { trackingNumber: a.trackingNumber, step: "accept" })).rejects.toThrow();
    await expect(
      handleApplication(await ctxFor("resident@demo.test"), { trackingNumber: a.trackingNumber, step: "accept" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(step("A000000-NOPE22", "accept")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("applications in the staff queue", () => {
  it("are found by kind and service, and the village's station sees a local service's application", async () => {
    const db = await getDb();
    const officer = await ctxFor("officer@demo.test");
    const a = await apply(undefined, officer.actor!.unitId!);
    const b = await apply();
    const [service] = await db.select().from(services).where(eq(services.slug, "no-criminal-record"));
    const [other] = await db.select().from(services).where(eq(services.slug, "temporary-plates"));
    const numbers = async (ctx: Awaited<ReturnType<typeof ctxFor>>, filters: Record<string, unknown>) =>
      (await listRequestQueue(ctx, { status: "all", ...filters })).items.map((item) => item.trackingNumber);
    const moderator = await ctxFor("moderator@demo.test");
    expect(await numbers(moderator, { kind: "application", service: service!.id })).toContain(a.trackingNumber);
    expect(await numbers(moderator, { kind: "feedback" })).not.toContain(a.trackingNumber);
    expect(await numbers(moderator, { service: other!.id })).not.toContain(a.trackingNumber);
    // Routed to the station of the resident's village: its officer sees it, another station's does not.
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, a.trackingNumber));
    expect(row!.unitId).toBe(officer.actor!.unitId);
    const [elsewhere] = await db.select().from(requests).where(eq(requests.trackingNumber, b.trackingNumber));
    const officerSees = await numbers(officer, { kind: "application" });
    expect(officerSees).toContain(a.trackingNumber);
    expect(officerSees.includes(b.trackingNumber)).toBe(elsewhere!.unitId === officer.actor!.unitId);
  });
});
