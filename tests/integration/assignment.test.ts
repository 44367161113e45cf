import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, requests, units, users } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { ValidationError } from "@/domain/errors";
import { assignRequests } from "@/domain/requests/staff/assign-requests";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { triageRequest } from "@/domain/requests/staff/handle-request";
import { submitFeedback } from "@/domain/requests/submit-feedback";

import { ctxFor, signedOut } from "../helpers/ctx";

// One rule for who may be given a request (domain/requests/staff/assignees.ts):
// moderators and admins, or an officer who can see the request. Triage and
// bulk assignment both ask it.

let moderator: Ctx;
let officer: Ctx;
let residentId: number;
let ownVillage: string;
let otherUnitId: number;
let otherVillage: string;
let sender = 0;

const submit = async (areaName: string) => {
  const receipt = await submitFeedback(
    { ...signedOut, ip: `198.18.200.${++sender}` },
    {
      topic: "problem",
      category: "hazard",
      subject: `井盖缺失 ${randomBytes(3).toString("hex")}`,
      body: "路口井盖不见了。",
      areaName,
      idempotencyKey: randomBytes(18).toString("base64url"),
    },
  );
  const db = await getDb();
  const [row] = await db.select({ id: requests.id }).from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
  return { trackingNumber: receipt.trackingNumber, id: row!.id };
};

const refusedAssignee = (e: unknown) => e instanceof ValidationError && e.fieldErrors.assigneeId === "assigneeNotAllowed";

beforeAll(async () => {
  moderator = await ctxFor("moderator@demo.test");
  officer = await ctxFor("officer@demo.test");
  residentId = (await ctxFor("resident@demo.test")).actor!.userId;
  const db = await getDb();
  ownVillage = (await db.select().from(areas).where(eq(areas.unitId, officer.actor!.unitId!)).limit(1))[0]!.nameZh;
  const [other] = await db
    .select()
    .from(units)
    .where(and(eq(units.kind, "station"), ne(units.id, officer.actor!.unitId!)))
    .limit(1);
  otherUnitId = other!.id;
  otherVillage = (await db.select().from(areas).where(eq(areas.unitId, otherUnitId)).limit(1))[0]!.nameZh;
});

describe("triage", () => {
  it("a resident cannot be made assignee", async () => {
    const request = await submit(ownVillage);
    const triage = { trackingNumber: request.trackingNumber, unitId: String(officer.actor!.unitId), assigneeId: String(residentId) };
    await expect(triageRequest(moderator, triage)).rejects.toSatisfy(refusedAssignee);
    const db = await getDb();
    const [row] = await db.select().from(requests).where(eq(requests.id, request.id));
    expect(row).toMatchObject({ status: "submitted", assigneeId: null });
  });

  it("an officer of another station cannot be given the request; one of its own unit, or a moderator, can", async () => {
    const request = await submit(otherVillage);
    await expect(
      triageRequest(moderator, {
        trackingNumber: request.trackingNumber,
        unitId: String(otherUnitId),
        assigneeId: String(officer.actor!.userId),
      }),
    ).rejects.toSatisfy(refusedAssignee);
    // Routed to the officer's own station, the same officer may take it.
    await triageRequest(moderator, {
      trackingNumber: request.trackingNumber,
      unitId: String(officer.actor!.unitId),
      assigneeId: String(officer.actor!.userId),
    });
    await triageRequest(moderator, {
      trackingNumber: request.trackingNumber,
      unitId: String(otherUnitId),
      assigneeId: String(moderator.actor!.userId),
    });
    const db = await getDb();
    const [row] = await db.select().from(requests).where(eq(requests.id, request.id));
    expect(row).toMatchObject({ unitId: otherUnitId, assigneeId: moderator.actor!.userId });
  });

  it("a disabled account or a unit that does not exist is refused", async () => {
    const request = await submit(ownVillage);
    const db = await getDb();
    const [disabled] = await db
      .insert(users)
      .values({
        email: `gone-${randomBytes(3).toString("hex")}@demo.test`,
        name: "离职民警",
        role: "officer",
        unitId: officer.actor!.unitId,
        disabled: true,
        passwordHash: "x",
      })
      .returning({ id: users.id });
    await expect(
      triageRequest(moderator, {
        trackingNumber: request.trackingNumber,
        unitId: String(officer.actor!.unitId),
        assigneeId: String(disabled!.id),
      }),
    ).rejects.toSatisfy(refusedAssignee);
    await expect(triageRequest(moderator, { trackingNumber: request.trackingNumber, unitId: "2147483647" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.unitId === "unknownUnit",
    );
    await expect(triageRequest(moderator, { trackingNumber: request.trackingNumber, unitId: "99999999999" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.unitId === "unknownUnit",
    );
  });

  it("the page's picker offers exactly who the rule allows", async () => {
    const request = await submit(ownVillage);
    const detail = await getStaffRequest(moderator, request.trackingNumber);
    const ids = detail.assignees.map((a) => a.id);
    expect(ids).toContain(officer.actor!.userId);
    expect(ids).toContain(moderator.actor!.userId);
    expect(ids).not.toContain(residentId);
    expect(detail.assignees.every((a) => a.role !== "resident")).toBe(true);
  });
});

describe("bulk assignment", () => {
  it("a resident cannot be made assignee", async () => {
    const request = await submit(ownVillage);
    await expect(assignRequests(moderator, { requestIds: [String(request.id)], assigneeId: String(residentId) })).rejects.toSatisfy(
      refusedAssignee,
    );
  });

  it("an officer is refused for a batch holding another station's request, and nothing is assigned", async () => {
    const own = await submit(ownVillage);
    const other = await submit(otherVillage);
    await expect(
      assignRequests(moderator, { requestIds: [String(own.id), String(other.id)], assigneeId: String(officer.actor!.userId) }),
    ).rejects.toSatisfy(refusedAssignee);
    const db = await getDb();
    const [row] = await db.select().from(requests).where(eq(requests.id, own.id));
    expect(row!.assigneeId).toBeNull();
    expect(await assignRequests(moderator, { requestIds: [String(own.id)], assigneeId: String(officer.actor!.userId) })).toEqual({
      assigned: 1,
    });
  });
});
