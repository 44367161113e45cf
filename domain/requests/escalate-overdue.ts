import "server-only";

import { and, asc, eq, inArray, isNotNull, isNull, lt, notExists, or, sql } from "drizzle-orm";

import { getDb, type Tx } from "@/db/client";
import { officers, openStatuses, outbox, requestEscalations, requestEvents, requests, units, users } from "@/db/schema";
import type { EscalationDeadline } from "@/lib/core/values";

// Infrastructure, run by the server's own timer (notifications/dispatcher-loop.ts):
// no route imports this file, so no user can trigger it.

type Missed = { requestId: number; deadline: EscalationDeadline; dueAt: Date };

const candidateColumns = {
  id: requests.id,
  trackingNumber: requests.trackingNumber,
  unitId: requests.unitId,
  firstResponseAt: requests.firstResponseAt,
  firstResponseDueAt: requests.firstResponseDueAt,
  deadlineAt: requests.deadlineAt,
};

const escalated = (deadline: EscalationDeadline) =>
  notExists(
    sql`(select 1 from ${requestEscalations} where ${requestEscalations.requestId} = ${requests.id} and ${requestEscalations.deadline} = ${deadline})`,
  );

/**
 * Escalates the open requests whose first response or answer is overdue: an
 * internal event flags the request, and the unit's leader (the staff account
 * of its top-ranked officer, if there is one) and every moderator get a
 * message through the outbox. Once per request and deadline, also with two
 * servers checking at once: the escalation row's primary key decides, and
 * its insert, the event and the messages commit together or not at all.
 */
export async function escalateOverdue(options: { now?: Date; limit?: number } = {}): Promise<{ escalated: number; notified: number }> {
  const { now = new Date() } = options;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 500);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select(candidateColumns)
      .from(requests)
      .where(
        and(
          inArray(requests.status, [...openStatuses]),
          or(
            and(isNull(requests.firstResponseAt), lt(requests.firstResponseDueAt, now), escalated("first_response")),
            and(lt(requests.deadlineAt, now), escalated("answer")),
          ),
        ),
      )
      .orderBy(asc(requests.id))
      .limit(limit);
    const missed: Missed[] = candidates.flatMap((r) => [
      ...(r.firstResponseAt === null && r.firstResponseDueAt < now
        ? [{ requestId: r.id, deadline: "first_response" as const, dueAt: r.firstResponseDueAt }]
        : []),
      ...(r.deadlineAt < now ? [{ requestId: r.id, deadline: "answer" as const, dueAt: r.deadlineAt }] : []),
    ]);
    if (missed.length === 0) return { escalated: 0, notified: 0 };
    // Inserted in one order everywhere, so two servers wait for each other instead of deadlocking.
    missed.sort((a, b) => a.requestId - b.requestId || a.deadline.localeCompare(b.deadline));
    // Rows another server escalated first are skipped here: theirs carry the messages.
    const won = await tx
      .insert(requestEscalations)
      .values(missed.map((m) => ({ ...m, escalatedAt: now })))
      .onConflictDoNothing()
      .returning({ requestId: requestEscalations.requestId, deadline: requestEscalations.deadline, dueAt: requestEscalations.dueAt });
    if (won.length === 0) return { escalated: 0, notified: 0 };
    const byId = new Map(candidates.map((c) => [c.id, c]));
    await tx
      .insert(requestEvents)
      .values(won.map((w) => ({ requestId: w.requestId, type: `overdue_${w.deadline}`, visibility: "internal" as const, body: "" })));
    const recipients = await recipientsFor(tx, [...new Set(candidates.map((c) => c.unitId).filter((id): id is number => id !== null))]);
    const messages = won.flatMap((w) => {
      const request = byId.get(w.requestId)!;
      const unit = request.unitId === null ? undefined : recipients.units.get(request.unitId);
      const leader = request.unitId === null ? undefined : recipients.leaders.get(request.unitId);
      const to = new Map(recipients.moderators.map((m) => [m.id, m.email]));
      if (leader) to.set(leader.id, leader.email);
      return [...to.values()].map((email) => ({
        channel: "email" as const,
        recipient: email,
        template: "staff.overdue",
        payload: {
          trackingNumber: request.trackingNumber,
          deadline: w.deadline,
          dueAt: w.dueAt.toISOString(),
          unitZh: unit?.nameZh ?? "",
          unitEn: unit?.nameEn ?? "",
        },
      }));
    });
    if (messages.length) await tx.insert(outbox).values(messages);
    return { escalated: won.length, notified: messages.length };
  });
}

/** The moderators, and per unit its name and its leader's staff account. */
async function recipientsFor(tx: Tx, unitIds: number[]) {
  const moderators = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.role, "moderator"), eq(users.disabled, false)))
    .orderBy(asc(users.id));
  const unitRows = unitIds.length
    ? await tx.select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn }).from(units).where(inArray(units.id, unitIds))
    : [];
  // Each unit's leader: its officer of the highest rank (1 = chief), ties by id.
  const leaderRows = unitIds.length
    ? await tx
        .selectDistinctOn([officers.unitId], { unitId: officers.unitId, officerId: officers.id })
        .from(officers)
        .where(and(inArray(officers.unitId, unitIds), isNotNull(officers.leadershipRank)))
        .orderBy(officers.unitId, asc(officers.leadershipRank), asc(officers.id))
    : [];
  const accounts = leaderRows.length
    ? await tx
        .select({ id: users.id, email: users.email, officerId: users.officerId })
        .from(users)
        .where(
          and(
            inArray(
              users.officerId,
              leaderRows.map((l) => l.officerId),
            ),
            inArray(users.role, ["officer", "moderator", "admin"]),
            eq(users.disabled, false),
          ),
        )
        .orderBy(asc(users.id))
    : [];
  const leaders = new Map<number, { id: number; email: string }>();
  for (const l of leaderRows) {
    const account = accounts.find((a) => a.officerId === l.officerId);
    if (account) leaders.set(l.unitId, { id: account.id, email: account.email });
  }
  return { moderators, units: new Map(unitRows.map((u) => [u.id, u])), leaders };
}
