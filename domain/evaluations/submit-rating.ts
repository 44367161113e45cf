import "server-only";

import { createHash } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { evaluations, officers, requests, services, units, users } from "@/db/schema";
import { queryRows } from "@/db/sql";

import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, ValidationError } from "../errors";
import { addressBucket, consumeLimits } from "../rate-limit";
import { openWithAccessCode } from "../requests/track";
import { parseForm } from "../validation";
import { BURST_ADDRESSES, BURST_WINDOW_MINUTES, OPEN_RATING_DAYS, ratingIpLimit, ratingTargetLimit } from "./limits";
import { EvaluationForm, parseTarget } from "./rating-form";

export type RatingReceipt = { verified: boolean; held: boolean };

type Target = { officerId: number | null; unitId: number | null; serviceId: number | null; key: string };

async function findTarget(tx: Tx, target: string): Promise<Target> {
  const parsed = parseTarget(target);
  if (parsed.kind === "officer") {
    const [o] = await tx
      .select({ id: officers.id, unitId: officers.unitId })
      .from(officers)
      .where(and(eq(officers.badgeNumber, parsed.badge), eq(officers.published, true)));
    if (!o) throw new ValidationError({ target: "chooseTarget" });
    return { officerId: o.id, unitId: null, serviceId: null, key: `officer:${o.id}` };
  }
  if (parsed.kind === "service") {
    const [s] = await tx
      .select({ id: services.id })
      .from(services)
      .where(and(eq(services.slug, parsed.slug), eq(services.published, true)));
    if (!s) throw new ValidationError({ target: "chooseTarget" });
    return { officerId: null, unitId: null, serviceId: s.id, key: `service:${s.id}` };
  }
  const [u] = await tx.select({ id: units.id }).from(units).where(eq(units.slug, parsed.slug));
  if (!u) throw new ValidationError({ target: "chooseTarget" });
  return { officerId: null, unitId: u.id, serviceId: null, key: `unit:${u.id}` };
}

/** A resolved request handled by the target: its unit, the officer it was assigned to, or (an application) the service it asked for. */
async function handledBy(tx: Tx, requestId: number, target: Target): Promise<boolean> {
  const [r] = await tx
    .select({ status: requests.status, unitId: requests.unitId, serviceId: requests.serviceId, assigneeOfficer: users.officerId })
    .from(requests)
    .leftJoin(users, eq(users.id, requests.assigneeId))
    .where(eq(requests.id, requestId));
  if (!r || r.status !== "resolved") return false;
  if (target.officerId !== null) return r.assigneeOfficer === target.officerId;
  if (target.serviceId !== null) return r.serviceId === target.serviceId;
  return r.unitId === target.unitId;
}

/** The browser's token as kept: a hash, so the table holds nothing a cookie could be rebuilt from. */
export function raterTokenHash(browserToken: string): string {
  return createHash("sha256").update(`rate:${browserToken}`).digest("base64url");
}

/**
 * A resident rates an officer, a unit or a service. With the tracking number and access
 * code of a resolved request that the target handled, it is a verified
 * rating (once per request); otherwise an open one, once per browser per
 * target in 30 days. A burst of ratings of one target from many addresses is
 * held for a moderator instead of counted.
 */
export async function submitRating(ctx: Ctx, input: z.input<typeof EvaluationForm>, browserToken: string): Promise<RatingReceipt> {
  const form = parseForm(EvaluationForm, input);
  const db = await getDb();
  const verifiedRequestId = form.trackingNumber
    ? (await openWithAccessCode(ctx, { trackingNumber: form.trackingNumber, accessCode: form.accessCode })).id
    : null;
  const rater = raterTokenHash(browserToken);
  const bucket = addressBucket(ctx.ip);
  try {
    return await changing(db, ["ratings"], async (tx) => {
      const target = await findTarget(tx, form.target);
      await consumeLimits(tx, [ratingIpLimit(ctx.ip), ratingTargetLimit(target.key)]);
      // One rater and target at a time, so two tabs cannot both slip past the 30-day check.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rate:${rater}:${target.key}`}))`);
      if (verifiedRequestId !== null) {
        if (!(await handledBy(tx, verifiedRequestId, target))) throw new ValidationError({ trackingNumber: "notHandledByTarget" });
      } else if (await ratedRecently(tx, rater, target)) {
        throw new ConflictError("already rated", "alreadyRated");
      }
      const held = verifiedRequestId === null && (await inBurst(tx, target, bucket));
      await tx.insert(evaluations).values({
        officerId: target.officerId,
        unitId: target.unitId,
        serviceId: target.serviceId,
        attitude: form.attitude,
        efficiency: form.efficiency,
        fairness: form.fairness,
        comment: form.comment,
        commentPublic: form.comment,
        commentState: form.comment ? "pending" : null,
        contact: form.contact,
        verifiedRequestId,
        state: held ? "held" : "counted",
        raterToken: rater,
        ipBucket: bucket,
      });
      return { verified: verifiedRequestId !== null, held };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("request already verified a rating", "alreadyVerified");
    throw error;
  }
}

function targetIs(target: Target) {
  if (target.officerId !== null) return eq(evaluations.officerId, target.officerId);
  if (target.serviceId !== null) return eq(evaluations.serviceId, target.serviceId);
  return eq(evaluations.unitId, target.unitId!);
}

async function ratedRecently(tx: Tx, rater: string, target: Target): Promise<boolean> {
  const rows = await tx
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(
      and(
        eq(evaluations.raterToken, rater),
        targetIs(target),
        sql`${evaluations.verifiedRequestId} is null`,
        gt(evaluations.createdAt, sql`now() - make_interval(days => ${OPEN_RATING_DAYS})`),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Whether this rating would make, or falls in, a burst: many addresses rating one target in a few minutes. */
async function inBurst(tx: Tx, target: Target, bucket: string): Promise<boolean> {
  const [row] = await queryRows<{ addresses: number }>(
    tx,
    sql`select count(distinct ip_bucket)::int as addresses from evaluations
        where ${targetIs(target)} and created_at > now() - make_interval(mins => ${BURST_WINDOW_MINUTES}) and ip_bucket <> ${bucket}`,
  );
  return (row?.addresses ?? 0) + 1 >= BURST_ADDRESSES;
}
