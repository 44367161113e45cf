import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, requestEvents, units, users } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { reassignQuestion } from "@/domain/desk/reassign-question";
import { ConflictError, ForbiddenError, ValidationError } from "@/domain/errors";
import { changeRequestStatus, replyToRequest } from "@/domain/requests/staff/handle-request";

import { makeAccount } from "../helpers/accounts";
import { ctxFor } from "../helpers/ctx";
import { askQuestion, storedRequest } from "../helpers/desk";
import { submitProblem } from "../helpers/requests";

// A moderator hands a desk question to another officer or station, with a
// reason; the resident's deadlines stay as promised.

let moderator: Ctx;
let stationId: number;
let colleagueId: number;
let otherStationId: number;

beforeAll(async () => {
  const db = await getDb();
  moderator = await ctxFor("moderator@demo.test");
  const [village] = await db.select().from(areas).where(eq(areas.nameZh, "王庄村"));
  stationId = village!.unitId;
  const colleague = await makeAccount("colleague-officer@example.test", "officer");
  await db.update(users).set({ unitId: stationId }).where(eq(users.id, colleague.id));
  colleagueId = colleague.id;
  const [other] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.kind, "station"), ne(units.id, stationId)))
    .limit(1);
  otherStationId = other!.id;
});

const fieldErrorsOf = (error: unknown) => (error instanceof ValidationError ? error.fieldErrors : error);

describe("reassigning a desk question", () => {
  it("hands it to another officer of the station with a reason, deadlines kept, audited", async () => {
    const { trackingNumber } = await askQuestion("王庄村");
    const before = await storedRequest(trackingNumber);
    await reassignQuestion(moderator, {
      trackingNumber,
      assigneeId: String(colleagueId),
      reason: "The village officer is on a course this week.",
    });
    const after = await storedRequest(trackingNumber);
    expect(after).toMatchObject({
      assigneeId: colleagueId,
      unitId: stationId,
      deadlineAt: before.deadlineAt,
      firstResponseDueAt: before.firstResponseDueAt,
    });
    const db = await getDb();
    const [event] = await db
      .select()
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, after.id), eq(requestEvents.type, "reassigned")));
    expect(event).toMatchObject({ visibility: "internal", body: "The village officer is on a course this week." });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "request.reassign"), eq(auditLog.entityId, trackingNumber)));
    expect(audit!.detail).toMatchObject({ fromAssigneeId: before.assigneeId, toAssigneeId: colleagueId, toUnitId: stationId });

    // The new officer answers it from their own account.
    await replyToRequest(await ctxFor("colleague-officer@example.test"), { trackingNumber, body: "请带户口簿原件。" });
  });

  it("moves it to another station's queue", async () => {
    const { trackingNumber } = await askQuestion("王庄村");
    await reassignQuestion(moderator, {
      trackingNumber,
      unitId: String(otherStationId),
      assigneeId: "",
      reason: "The address is in the next town.",
    });
    expect(await storedRequest(trackingNumber)).toMatchObject({ unitId: otherStationId, assigneeId: null });
    // The village officer no longer sees it.
    await expect(replyToRequest(await ctxFor("village-officer@demo.test"), { trackingNumber, body: "x" })).rejects.toThrow();
  });

  it("refuses without a reason, to the same handler, to an officer of another station or to a non-station, changing nothing", async () => {
    const { trackingNumber } = await askQuestion("王庄村");
    const before = await storedRequest(trackingNumber);
    const refusal = (input: Record<string, string>) =>
      reassignQuestion(moderator, { trackingNumber, reason: "Because.", ...input }).catch((e: unknown) => fieldErrorsOf(e));
    expect(await refusal({ assigneeId: String(colleagueId), reason: " " })).toEqual({ reason: "required" });
    expect(await refusal({ assigneeId: String(before.assigneeId) })).toEqual({ assigneeId: "sameHandler" });
    expect(await refusal({ unitId: String(otherStationId), assigneeId: String(colleagueId) })).toEqual({
      assigneeId: "assigneeNotAllowed",
    });
    expect(await refusal({ assigneeId: String(moderator.actor!.userId) })).toEqual({ assigneeId: "assigneeNotAllowed" });
    const [bureau] = await (await getDb()).select({ id: units.id }).from(units).where(eq(units.kind, "bureau")).limit(1);
    expect(await refusal({ unitId: String(bureau!.id) })).toEqual({ unitId: "chooseStation" });
    expect(await storedRequest(trackingNumber)).toMatchObject({ assigneeId: before.assigneeId, unitId: before.unitId });
  });

  it("refuses other kinds of request and closed questions", async () => {
    const problem = await submitProblem("王庄村");
    await expect(
      reassignQuestion(moderator, { trackingNumber: problem.trackingNumber, assigneeId: String(colleagueId), reason: "x" }),
    ).rejects.toBeInstanceOf(ConflictError);
    const { trackingNumber } = await askQuestion("王庄村");
    await replyToRequest(moderator, { trackingNumber, body: "请带户口簿。" });
    await changeRequestStatus(moderator, { trackingNumber, action: "resolve" });
    await expect(reassignQuestion(moderator, { trackingNumber, assigneeId: String(colleagueId), reason: "x" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("is refused for officers", async () => {
    const { trackingNumber } = await askQuestion("王庄村");
    const officer = await ctxFor("village-officer@demo.test");
    await expect(reassignQuestion(officer, { trackingNumber, assigneeId: String(colleagueId), reason: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await storedRequest(trackingNumber)).toMatchObject({ assigneeId: officer.actor!.userId });
  });
});
