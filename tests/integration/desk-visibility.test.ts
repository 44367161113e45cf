import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, requests, units, users } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { assignedToMe } from "@/domain/desk/staff-lists";
import { NotFoundError, ValidationError } from "@/domain/errors";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { changeRequestStatus, replyToRequest, triageRequest } from "@/domain/requests/staff/handle-request";
import { listRequestQueue } from "@/domain/requests/staff/queue";

import { makeAccount } from "../helpers/accounts";
import { ctxFor } from "../helpers/ctx";
import { askQuestion, storedRequest, villageWithoutAccount } from "../helpers/desk";

// An officer sees their own villages' questions and their station's, never another station's.

let villageOfficer: Ctx;
let otherStationOfficer: Ctx;
let moderator: Ctx;
let stationId: number;

beforeAll(async () => {
  villageOfficer = await ctxFor("village-officer@demo.test");
  otherStationOfficer = await ctxFor("officer@demo.test");
  moderator = await ctxFor("moderator@demo.test");
  const [village] = await (await getDb()).select().from(areas).where(eq(areas.nameZh, "王庄村"));
  stationId = village!.unitId;
});

describe("who sees a desk question", () => {
  it("shows the village officer their question first, and the station's queue questions too", async () => {
    const own = await askQuestion("王庄村");
    const stations = await askQuestion(await villageWithoutAccount(stationId));
    expect((await assignedToMe(villageOfficer)).map((i) => i.trackingNumber)).toContain(own.trackingNumber);
    const queue = await listRequestQueue(villageOfficer, { kind: "question" });
    expect(queue.items.map((i) => i.trackingNumber)).toEqual(expect.arrayContaining([own.trackingNumber, stations.trackingNumber]));
    await expect(getStaffRequest(villageOfficer, stations.trackingNumber)).resolves.toBeTruthy();
  });

  it("never shows them to an officer of another station", async () => {
    expect(otherStationOfficer.actor!.unitId).not.toBe(stationId);
    const own = await askQuestion("王庄村");
    await expect(getStaffRequest(otherStationOfficer, own.trackingNumber)).rejects.toThrow(NotFoundError);
    const queue = await listRequestQueue(otherStationOfficer, { kind: "question" });
    expect(queue.items.map((i) => i.trackingNumber)).not.toContain(own.trackingNumber);
    expect(await assignedToMe(otherStationOfficer)).toEqual([]);
  });

  it("lets the officer answer straight from the request page, which counts as the first response", async () => {
    const own = await askQuestion("王庄村");
    await replyToRequest(villageOfficer, { trackingNumber: own.trackingNumber, body: "请带户口本和出生证明。", visibility: "public" });
    await changeRequestStatus(villageOfficer, { trackingNumber: own.trackingNumber, action: "resolve" });
    const stored = await storedRequest(own.trackingNumber);
    expect(stored.status).toBe("resolved");
    expect(stored.firstResponseAt).not.toBeNull();
    expect((await assignedToMe(villageOfficer)).map((i) => i.trackingNumber)).not.toContain(own.trackingNumber);
  });

  it("flags a first response that is late", async () => {
    const own = await askQuestion("王庄村");
    const db = await getDb();
    await db
      .update(requests)
      .set({ firstResponseDueAt: new Date(Date.now() - 3600_000) })
      .where(eq(requests.trackingNumber, own.trackingNumber));
    const item = (await assignedToMe(villageOfficer)).find((i) => i.trackingNumber === own.trackingNumber);
    expect(item).toMatchObject({ firstResponseLate: true, overdue: false });
  });
});

describe("reassigning a desk question", () => {
  it("lets a moderator give it to another officer of the station, audited", async () => {
    const db = await getDb();
    const [workStation] = await db.select().from(units).where(eq(units.parentId, stationId)).limit(1);
    const colleague = await makeAccount("colleague@example.test", "officer");
    await db.update(users).set({ unitId: workStation!.id }).where(eq(users.id, colleague.id));
    const own = await askQuestion("王庄村");
    await triageRequest(moderator, { trackingNumber: own.trackingNumber, unitId: stationId, assigneeId: colleague.id });
    expect((await storedRequest(own.trackingNumber)).assigneeId).toBe(colleague.id);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, own.trackingNumber));
    expect(audit).toMatchObject({ action: "request.triage", actorId: moderator.actor!.userId });
  });

  it("refuses an officer of another station as the new assignee", async () => {
    const own = await askQuestion("王庄村");
    await expect(
      triageRequest(moderator, { trackingNumber: own.trackingNumber, unitId: stationId, assigneeId: otherStationOfficer.actor!.userId }),
    ).rejects.toSatisfy((e) => e instanceof ValidationError && e.fieldErrors.assigneeId === "assigneeNotAllowed");
  });
});
