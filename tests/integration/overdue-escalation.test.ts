import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { officers, outbox, requestEscalations, requestEvents, requests, users } from "@/db/schema";
import { ForbiddenError } from "@/domain/errors";
import { renderTemplate } from "@/domain/notifications/templates";
import { escalateOverdue } from "@/domain/requests/escalate-overdue";
import { replyToRequest, triageRequest } from "@/domain/requests/staff/handle-request";
import { overdueByUnit } from "@/domain/requests/staff/overdue-by-unit";
import { withdrawRequest } from "@/domain/requests/withdraw-request";

import { ctxFor, signedOut } from "../helpers/ctx";
import { demoVillages, submitProblem } from "../helpers/requests";

let villages: Awaited<ReturnType<typeof demoVillages>>;
let moderatorEmails: string[];
const leaderEmail = "leader@demo.test";

beforeAll(async () => {
  villages = await demoVillages();
  const db = await getDb();
  // The station's chief (rank 1): an officer other than the demo officer's, given a staff account as an admin would link it.
  const [demoOfficer] = await db.select().from(users).where(eq(users.email, "officer@demo.test"));
  const [leader] = await db
    .select()
    .from(officers)
    .where(and(eq(officers.unitId, villages.ownUnitId), ne(officers.id, demoOfficer!.officerId!)))
    .orderBy(asc(officers.id))
    .limit(1);
  await db.update(officers).set({ leadershipRank: null }).where(eq(officers.unitId, villages.ownUnitId));
  await db.update(officers).set({ leadershipRank: 1 }).where(eq(officers.id, leader!.id));
  await db
    .insert(users)
    .values({ email: leaderEmail, name: leader!.nameZh, role: "officer", officerId: leader!.id, unitId: villages.ownUnitId });
  moderatorEmails = (await db.select({ email: users.email }).from(users).where(eq(users.role, "moderator"))).map((u) => u.email);
  expect(moderatorEmails.length).toBeGreaterThan(0);
});

/** Moves a request's first response and answer deadlines into the past. */
async function makeOverdue(
  trackingNumber: string,
  what: { firstResponse?: boolean; answer?: boolean } = { firstResponse: true, answer: true },
) {
  const hourAgo = new Date(Date.now() - 3600_000);
  await (
    await getDb()
  )
    .update(requests)
    .set({ ...(what.firstResponse ? { firstResponseDueAt: hourAgo } : {}), ...(what.answer ? { deadlineAt: hourAgo } : {}) })
    .where(eq(requests.trackingNumber, trackingNumber));
}

async function escalateAll() {
  let total = 0;
  for (;;) {
    const { escalated } = await escalateOverdue();
    if (escalated === 0) return total;
    total += escalated;
  }
}

const messagesFor = async (trackingNumbers: string[]) =>
  (await getDb())
    .select()
    .from(outbox)
    .where(and(eq(outbox.template, "staff.overdue"), inArray(sql<string>`${outbox.payload}->>'trackingNumber'`, trackingNumbers)));

describe("overdue requests are escalated", () => {
  it("once per request and deadline: flagged, and the unit's leader and the moderators told through the outbox", async () => {
    const receipt = await submitProblem(villages.own);
    await triageRequest(await ctxFor("moderator@demo.test"), { trackingNumber: receipt.trackingNumber, unitId: villages.ownUnitId });
    await makeOverdue(receipt.trackingNumber, { firstResponse: true });
    await escalateAll();
    let sent = await messagesFor([receipt.trackingNumber]);
    expect(sent.map((m) => m.recipient).sort()).toEqual([leaderEmail, ...moderatorEmails].sort());
    expect(sent.every((m) => (m.payload as { deadline: string }).deadline === "first_response")).toBe(true);

    // Checked again: nothing new. The answer deadline passing later is its own escalation.
    await escalateAll();
    expect(await messagesFor([receipt.trackingNumber])).toHaveLength(sent.length);
    await makeOverdue(receipt.trackingNumber, { answer: true });
    await escalateAll();
    await escalateAll();
    sent = await messagesFor([receipt.trackingNumber]);
    expect(sent).toHaveLength(2 * (moderatorEmails.length + 1));

    const db = await getDb();
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    const flags = await db.select().from(requestEscalations).where(eq(requestEscalations.requestId, row!.id));
    expect(flags.map((f) => f.deadline).sort()).toEqual(["answer", "first_response"]);
    const events = await db.select().from(requestEvents).where(eq(requestEvents.requestId, row!.id));
    expect(events.filter((e) => e.type.startsWith("overdue_")).map((e) => [e.type, e.visibility])).toEqual([
      ["overdue_first_response", "internal"],
      ["overdue_answer", "internal"],
    ]);
  });

  it("leaves alone what is answered, closed or not yet due", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const answered = await submitProblem(villages.own);
    await replyToRequest(moderator, { trackingNumber: answered.trackingNumber, body: "收到，正在核实。" });
    await makeOverdue(answered.trackingNumber, { firstResponse: true });
    const early = await submitProblem(villages.own);
    const withdrawn = await submitProblem(villages.own);
    await makeOverdue(withdrawn.trackingNumber);
    await withdrawRequest(signedOut, withdrawn.trackToken, { confirm: "yes" });
    await escalateAll();
    expect(await messagesFor([answered.trackingNumber, early.trackingNumber, withdrawn.trackingNumber])).toEqual([]);
  });

  it("exactly once when four servers check at the same moment", async () => {
    const receipts = await Promise.all(Array.from({ length: 6 }, () => submitProblem(villages.own)));
    for (const r of receipts) await makeOverdue(r.trackingNumber);
    await Promise.all(Array.from({ length: 4 }, () => escalateAll()));
    const numbers = receipts.map((r) => r.trackingNumber);
    const sent = await messagesFor(numbers);
    // The station's leader and the moderators, for both deadlines of each request.
    expect(sent).toHaveLength(numbers.length * 2 * (moderatorEmails.length + 1));
    const keys = sent.map((m) => JSON.stringify([m.recipient, m.payload]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("the message names the request and links to its staff page, never the resident's tracking link", () => {
    const text = renderTemplate(
      "staff.overdue",
      {
        trackingNumber: "F261201-ABCDEF",
        deadline: "answer",
        dueAt: "2026-12-01T02:00:00.000Z",
        unitZh: "城关派出所",
        unitEn: "Chengguan Police Station",
        trackToken: "secret-token-xxxxxxxxxxxx",
      },
      "https://police.example",
    );
    expect(text.subject).toContain("F261201-ABCDEF");
    expect(text.text).toContain("https://police.example/staff/requests/F261201-ABCDEF");
    expect(text.text).toContain("城关派出所");
    expect(text.text).toContain("Chengguan Police Station");
    expect(text.text).not.toContain("secret-token");
    expect(() =>
      renderTemplate("staff.overdue", { trackingNumber: "x", deadline: "later", dueAt: "soon" }, "https://police.example"),
    ).toThrow(/deadline, dueAt/);
  });
});

describe("the dashboard's overdue list", () => {
  it("counts open overdue requests by unit within what the actor may see", async () => {
    const own = await submitProblem(villages.own);
    const other = await submitProblem(villages.other);
    const moderator = await ctxFor("moderator@demo.test");
    for (const r of [own, other]) await makeOverdue(r.trackingNumber);
    await triageRequest(moderator, { trackingNumber: own.trackingNumber, unitId: villages.ownUnitId });
    const all = await overdueByUnit(moderator);
    const mine = all.find((row) => row.unitId === villages.ownUnitId)!;
    expect(mine.overdue).toBeGreaterThanOrEqual(1);
    expect(mine.nameEn).toMatch(/Police Station/);
    const officerView = await overdueByUnit(await ctxFor("officer@demo.test"));
    expect(officerView.map((row) => row.unitId)).toEqual([villages.ownUnitId]);
    await expect(overdueByUnit(await ctxFor("resident@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
