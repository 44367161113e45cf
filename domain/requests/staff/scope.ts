import "server-only";

import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";

import { getDb, type Db, type Tx } from "@/db/client";
import { requests, units } from "@/db/schema";
import { trackingNumberPattern } from "@/lib/core/values";

import { cached } from "../../cache";
import type { Actor, Ctx } from "../../context";
import { NotFoundError } from "../../errors";
import { can, requirePermission } from "../../permissions";

/**
 * Who sees a request, given how to name the actor's units (their own and its
 * work stations) and their station's questions. Desk questions of a village
 * are the station's: an officer of one of its work stations answers for
 * villages there, so sees the station's questions too, and whatever is
 * assigned to them. Never another station's.
 */
function scopeOf(actor: Actor, ofUnit: SQL | undefined, stationQuestions: SQL | undefined): SQL {
  return or(ofUnit, eq(requests.assigneeId, actor.userId), stationQuestions)!;
}

/**
 * The requests an actor may see: all for moderators, their unit's (and its
 * work stations') for officers. For one request at a time (a tracking number,
 * inside a transaction too): the units are named by subqueries.
 */
export function visibleTo(ctx: Ctx & { actor: Actor }): SQL | undefined {
  if (can(ctx, "request.viewAll")) return undefined;
  const unitId = ctx.actor.unitId ?? -1;
  return scopeOf(
    ctx.actor,
    sql`${requests.unitId} in (select ${units.id} from ${units} where ${units.id} = ${unitId} or ${units.parentId} = ${unitId})`,
    sql`(${requests.kind} = 'question' and ${requests.unitId} = (select ${units.parentId} from ${units} where ${units.id} = ${unitId}))`,
  );
}

/**
 * The same rule for lists (the queue, its counts, the desk's lists), with the
 * units named by their ids, read from the directory's cache. Given ids, the
 * planner reads the few requests of those units from their indexes; given
 * subqueries it walked every open request in deadline order (an officer's
 * queue: 30,000 rows read for 42, 40 ms, at 1,000,000 requests).
 */
export async function visibleListTo(ctx: Ctx & { actor: Actor }): Promise<SQL | undefined> {
  if (can(ctx, "request.viewAll")) return undefined;
  const { own, station } = await unitFamily(ctx.actor.unitId ?? -1);
  return scopeOf(
    ctx.actor,
    own.length > 0 ? inArray(requests.unitId, own) : undefined,
    station === null ? undefined : and(eq(requests.kind, "question"), eq(requests.unitId, station)),
  );
}

/** A unit's own id and its work stations' ids, and the station it belongs to. */
function unitFamily(unitId: number): Promise<{ own: number[]; station: number | null }> {
  return cached("directory", `unit-family:${unitId}`, async () => {
    const db = await getDb();
    const rows = await db
      .select({ id: units.id, parentId: units.parentId })
      .from(units)
      .where(or(eq(units.id, unitId), eq(units.parentId, unitId)));
    return { own: rows.map((r) => r.id), station: rows.find((r) => r.id === unitId)?.parentId ?? null };
  });
}

// What staff handle a request by. Never the access-code hash, the track token
// or the idempotency key: those are the resident's keys to the request, and
// nothing staff see or do needs them.
const handledColumns = {
  id: requests.id,
  kind: requests.kind,
  trackingNumber: requests.trackingNumber,
  status: requests.status,
  topic: requests.topic,
  category: requests.category,
  unitId: requests.unitId,
  areaId: requests.areaId,
  officerConcernedId: requests.officerConcernedId,
  assigneeId: requests.assigneeId,
  subject: requests.subject,
  body: requests.body,
  contactName: requests.contactName,
  contactPhone: requests.contactPhone,
  contactEmail: requests.contactEmail,
  anonymous: requests.anonymous,
  consentToPublish: requests.consentToPublish,
  deadlineAt: requests.deadlineAt,
  firstResponseDueAt: requests.firstResponseDueAt,
  firstResponseAt: requests.firstResponseAt,
  triagedAt: requests.triagedAt,
  resolvedAt: requests.resolvedAt,
  satisfaction: requests.satisfaction,
  reopenedAt: requests.reopenedAt,
  locale: requests.locale,
  createdAt: requests.createdAt,
  updatedAt: requests.updatedAt,
};

const byNumber = (trackingNumber: string) => {
  const normalised = trackingNumber.trim().toUpperCase();
  return trackingNumberPattern.test(normalised) ? eq(requests.trackingNumber, normalised) : null;
};

/**
 * A request by tracking number, locked for update when in a transaction, if
 * the actor may handle it. Another unit's request is not found, not
 * forbidden: its existence is not the officer's business.
 */
export async function loadForStaff(
  db: Db | Tx,
  ctx: Ctx,
  trackingNumber: string,
  permission: "request.view" | "request.reply" | "request.triage" | "request.reopen" = "request.view",
) {
  requirePermission(ctx, permission);
  const match = byNumber(trackingNumber);
  if (!match) throw new NotFoundError("request");
  const query = db
    .select(handledColumns)
    .from(requests)
    .where(and(match, visibleTo(ctx)))
    .limit(1);
  // Writes lock the row: two staff members acting at once take turns, and the second sees the first's status.
  const [request] = permission === "request.view" ? await query : await query.for("update");
  if (!request) throw new NotFoundError(`request ${trackingNumber}`);
  return request;
}

/** Whether the actor may open /staff/requests/<trackingNumber>: the same rule as loadForStaff, for the proxy. */
export async function staffRequestVisible(db: Db, ctx: Ctx, trackingNumber: string): Promise<boolean> {
  if (!ctx.actor || !can(ctx, "request.view")) return false;
  const match = byNumber(trackingNumber);
  if (!match) return false;
  const rows = await db
    .select({ id: requests.id })
    .from(requests)
    .where(and(match, visibleTo(ctx as Ctx & { actor: Actor })))
    .limit(1);
  return rows.length > 0;
}
