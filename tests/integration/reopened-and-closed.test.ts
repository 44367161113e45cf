import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { requests } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/domain/errors";
import { rateHandling } from "@/domain/requests/resident-actions";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { changeRequestStatus, triageRequest } from "@/domain/requests/staff/handle-request";
import { listRequestQueue, queueCounts } from "@/domain/requests/staff/queue";
import { getTrackedRequest } from "@/domain/requests/track";
import { withdrawRequest } from "@/domain/requests/withdraw-request";

import { ctxFor, signedOut } from "../helpers/ctx";
import { demoVillages, submitProblem } from "../helpers/requests";

let villages: Awaited<ReturnType<typeof demoVillages>>;
beforeAll(async () => {
  villages = await demoVillages();
});

async function resolved() {
  const receipt = await submitProblem(villages.own);
  const moderator = await ctxFor("moderator@demo.test");
  await triageRequest(moderator, { trackingNumber: receipt.trackingNumber, unitId: villages.ownUnitId });
  await changeRequestStatus(moderator, { trackingNumber: receipt.trackingNumber, action: "resolve", body: "已调解。" });
  return receipt;
}

describe("a request reopened by a dissatisfied rating", () => {
  it("is flagged in the queue, on the detail and in the dashboard's count, and can be filtered", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const officer = await ctxFor("officer@demo.test");
    const before = await queueCounts(moderator);
    const unhappy = await resolved();
    const happy = await resolved();
    await rateHandling(signedOut, unhappy.trackToken, { satisfaction: "dissatisfied", comment: "还是很吵" });
    await rateHandling(signedOut, happy.trackToken, { satisfaction: "satisfied" });

    expect((await queueCounts(moderator)).reopened.count).toBe(before.reopened.count + 1);
    const reopened = await listRequestQueue(moderator, { reopened: "1" });
    expect(reopened.items.map((r) => r.trackingNumber)).toContain(unhappy.trackingNumber);
    expect(reopened.items.every((r) => r.reopened)).toBe(true);
    expect(reopened.items.map((r) => r.trackingNumber)).not.toContain(happy.trackingNumber);
    // The officer of the unit sees the flag too.
    const own = await listRequestQueue(officer, { q: unhappy.trackingNumber });
    expect(own.items[0]).toMatchObject({ reopened: true, status: "accepted" });

    const detail = await getStaffRequest(officer, unhappy.trackingNumber);
    expect(detail.reopened).toBe(true);
    expect(detail.request.satisfaction).toBe("dissatisfied");
    expect(detail.request.reopenedAt).toBeInstanceOf(Date);
    expect((await getStaffRequest(officer, happy.trackingNumber)).reopened).toBe(false);

    // The resident sees the rating they gave.
    expect((await getTrackedRequest(signedOut, unhappy.trackToken)).satisfaction).toBe("dissatisfied");
    expect((await getTrackedRequest(signedOut, happy.trackToken)).satisfaction).toBe("satisfied");

    // Answered again, it is closed and no longer counted as reopened.
    await changeRequestStatus(moderator, { trackingNumber: unhappy.trackingNumber, action: "resolve", body: "已再次处理。" });
    expect((await queueCounts(moderator)).reopened.count).toBe(before.reopened.count);
    expect((await getStaffRequest(officer, unhappy.trackingNumber)).reopened).toBe(false);
  });
});

describe("a closed request", () => {
  it("has a closing date and no deadline talk, on /track and for staff", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const open = await submitProblem(villages.own);
    expect((await getTrackedRequest(signedOut, open.trackToken)).closedAt).toBeNull();
    expect((await getStaffRequest(moderator, open.trackingNumber)).closedAt).toBeNull();

    const gone = await submitProblem(villages.own);
    await withdrawRequest(signedOut, gone.trackToken, { confirm: "yes" });
    const tracked = await getTrackedRequest(signedOut, gone.trackToken);
    expect(tracked.status).toBe("withdrawn");
    expect(tracked.closedAt).toBeInstanceOf(Date);
    const withdrawnEvent = tracked.timeline.find((e) => e.type === "withdrawn")!;
    expect(tracked.closedAt!.getTime()).toBe(withdrawnEvent.createdAt.getTime());
    expect((await getStaffRequest(moderator, gone.trackingNumber)).closedAt).toEqual(tracked.closedAt);

    // Long past its deadline, a closed request is not "overdue" in the queue.
    await (
      await getDb()
    )
      .update(requests)
      .set({ deadlineAt: new Date(Date.now() - 86400_000), firstResponseDueAt: new Date(Date.now() - 2 * 86400_000) })
      .where(eq(requests.trackingNumber, gone.trackingNumber));
    const [row] = (await listRequestQueue(moderator, { status: "all", q: gone.trackingNumber })).items;
    expect(row).toMatchObject({ overdue: false, firstResponseLate: false });
    expect((await getStaffRequest(moderator, gone.trackingNumber)).overdue).toBe(false);
  });
});

describe("withdrawing", () => {
  it("asks first: without confirmation nothing changes", async () => {
    const receipt = await submitProblem(villages.own);
    expect(await withdrawRequest(signedOut, receipt.trackToken, {})).toBe("confirm");
    expect((await getTrackedRequest(signedOut, receipt.trackToken)).status).toBe("submitted");
    expect(await withdrawRequest(signedOut, receipt.trackToken, { confirm: "yes" })).toBe("withdrawn");
    expect((await getTrackedRequest(signedOut, receipt.trackToken)).status).toBe("withdrawn");
    // Asking again about a withdrawn request is refused, not confirmed.
    await expect(withdrawRequest(signedOut, receipt.trackToken, {})).rejects.toBeInstanceOf(ConflictError);
    await expect(withdrawRequest(signedOut, "x".repeat(30), {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cannot be asked once staff have triaged it", async () => {
    const receipt = await submitProblem(villages.own);
    await triageRequest(await ctxFor("moderator@demo.test"), { trackingNumber: receipt.trackingNumber, unitId: villages.ownUnitId });
    await expect(withdrawRequest(signedOut, receipt.trackToken, {})).rejects.toBeInstanceOf(ConflictError);
  });
});
