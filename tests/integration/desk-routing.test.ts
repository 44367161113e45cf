import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, holidays, requestEvents } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { cancelAway, markAway } from "@/domain/desk/away";
import { localDate } from "@/domain/desk/routing";
import { whoAnswers } from "@/domain/desk/who-answers";
import { ForbiddenError, ValidationError } from "@/domain/errors";
import { addWorkingDays } from "@/domain/requests/working-days";
import { updateDeadlines } from "@/domain/settings/update-deadlines";

import { ctxFor, signedOut } from "../helpers/ctx";
import { askQuestion, storedRequest, villageWithoutAccount } from "../helpers/desk";

// A desk question goes to the village officer's own account, or to the
// station's queue when there is no officer, no account, or the officer is away.

let villageOfficer: Ctx;
let stationId: number;

beforeAll(async () => {
  villageOfficer = await ctxFor("village-officer@demo.test");
  const [village] = await (await getDb()).select().from(areas).where(eq(areas.nameZh, "王庄村"));
  stationId = village!.unitId;
});

describe("routing a desk question", () => {
  it("goes to the linked account of the village's responsible officer", async () => {
    const receipt = await askQuestion("王庄村");
    expect(receipt.trackingNumber).toMatch(/^Q\d{6}-/);
    expect(receipt.routedTo).toBe("officer");
    const stored = await storedRequest(receipt.trackingNumber);
    expect(stored).toMatchObject({ kind: "question", assigneeId: villageOfficer.actor!.userId, unitId: stationId, status: "submitted" });
  });

  it("finds the village by pinyin and English too", async () => {
    expect((await askQuestion("Wang Zhuang Cun")).routedTo).toBe("officer");
    expect((await askQuestion("wangzhuang village")).routedTo).toBe("officer");
  });

  it("goes to the station's queue when the officer has no account", async () => {
    const receipt = await askQuestion(await villageWithoutAccount(stationId));
    expect(receipt.routedTo).toBe("noAccount");
    expect(await storedRequest(receipt.trackingNumber)).toMatchObject({ assigneeId: null, unitId: stationId });
  });

  it("goes to the station's queue while the officer is away, and to them again after", async () => {
    const today = localDate();
    await markAway(villageOfficer, { fromDate: today, toDate: today });
    const away = await askQuestion("王庄村");
    expect(away.routedTo).toBe("away");
    expect(await storedRequest(away.trackingNumber)).toMatchObject({ assigneeId: null, unitId: stationId });
    expect((await whoAnswers(signedOut, "王庄村"))!.routedTo).toBe("away");

    const db = await getDb();
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "away.create"));
    expect(audit).toMatchObject({ actorId: villageOfficer.actor!.userId, entity: "away_period" });
    await cancelAway(villageOfficer, { id: Number(audit!.entityId) });
    expect((await askQuestion("王庄村")).routedTo).toBe("officer");
  });

  it("goes to the station's queue for a village without a responsible officer", async () => {
    const db = await getDb();
    const place = await villageWithoutAccount(stationId);
    await db.update(areas).set({ responsibleOfficerId: null }).where(eq(areas.nameZh, place));
    const receipt = await askQuestion(place);
    expect(receipt.routedTo).toBe("noOfficer");
    const [event] = await db.select().from(requestEvents).where(eq(requestEvents.type, "routed_noOfficer"));
    expect(event!.visibility).toBe("internal");
    expect((await whoAnswers(signedOut, place))!.officer).toBeNull();
  });

  it("refuses an unknown place by the field", async () => {
    await expect(askQuestion("没有这个村")).rejects.toSatisfy((e) => e instanceof ValidationError && e.fieldErrors.place === "unknownArea");
  });

  it("lets only officers mark themselves away, with dates in order", async () => {
    await expect(markAway(await ctxFor("moderator@demo.test"), { fromDate: "2030-01-02", toDate: "2030-01-03" })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(markAway(villageOfficer, { fromDate: "2030-01-05", toDate: "2030-01-03" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.toDate === "dateOrder",
    );
  });
});

describe("desk question deadlines", () => {
  it("gives a first response within one working day and an answer within 3 working days by default", async () => {
    const rows = await (await getDb()).select().from(holidays);
    const calendar = new Map(rows.map((r) => [r.date, r.kind]));
    const before = new Date();
    const stored = await storedRequest((await askQuestion("王庄村")).trackingNumber);
    const after = new Date();
    const within = (at: Date, days: number) => {
      expect(at.getTime()).toBeGreaterThanOrEqual(addWorkingDays(before, days, calendar).getTime());
      expect(at.getTime()).toBeLessThanOrEqual(addWorkingDays(after, days, calendar).getTime());
    };
    within(stored.firstResponseDueAt, 1);
    within(stored.deadlineAt, 3);
  });

  it("follows the deadline an admin sets for questions", async () => {
    const first = await storedRequest((await askQuestion("王庄村")).trackingNumber);
    await updateDeadlines(await ctxFor("admin@demo.test"), { question: 10 });
    const later = await storedRequest((await askQuestion("王庄村")).trackingNumber);
    expect(later.deadlineAt.getTime() - first.deadlineAt.getTime()).toBeGreaterThan(6 * 86400_000);
    expect(later.firstResponseDueAt.getTime() - first.firstResponseDueAt.getTime()).toBeLessThan(86400_000);
  });
});
