import "server-only";

import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { requestEvents, requests, units } from "@/db/schema";
import { tokenPattern, type RequestStatus } from "@/lib/core/values";

import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { addressBucket, consumeLimits, refundLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { verifyAccessCode } from "./access-codes";
import { closedAt } from "./closing";
import { allowedActions, isOpen } from "./status-machine";
import { TrackForm } from "./track-form";

// The schema lives apart so the browser's form can check with it; callers keep importing it from here.
export { TrackForm };

const WINDOW = 15 * 60;
const limitsFor = (trackingNumber: string, ip: string | null): Limit[] => [
  { key: `track:number:${trackingNumber}`, max: 5, windowSeconds: WINDOW },
  { key: `track:ip:${addressBucket(ip)}`, max: 20, windowSeconds: WINDOW },
];

export type CodeMatch = { id: number; trackingNumber: string; trackToken: string; accountId: number | null };

/**
 * Opens a request by its tracking number and access code. Wrong codes are
 * counted per tracking number and per address, and the same answer is given
 * for an unknown number as for a wrong code. `accept` lets a caller refuse a
 * match (someone else's request): that refusal is counted and worded alike.
 */
export async function openWithAccessCode(
  ctx: Ctx,
  input: z.input<typeof TrackForm>,
  accept: (match: CodeMatch) => boolean = () => true,
): Promise<CodeMatch> {
  const { trackingNumber, accessCode } = parseForm(TrackForm, input);
  const db = await getDb();
  const limits = limitsFor(trackingNumber, ctx.ip);
  // Counted before the check, so parallel guesses cannot slip past the limit; a right code gives its count back.
  await consumeLimits(db, limits);
  const [request] = await db
    .select({
      id: requests.id,
      trackingNumber: requests.trackingNumber,
      trackToken: requests.trackToken,
      accountId: requests.accountId,
      accessCodeHash: requests.accessCodeHash,
    })
    .from(requests)
    .where(eq(requests.trackingNumber, trackingNumber))
    .limit(1);
  const codeMatches = await verifyAccessCode(request?.accessCodeHash ?? null, accessCode);
  if (request && codeMatches) {
    const match = { id: request.id, trackingNumber: request.trackingNumber, trackToken: request.trackToken, accountId: request.accountId };
    if (accept(match)) {
      await refundLimits(db, limits);
      return match;
    }
  }
  throw new ValidationError({ accessCode: "wrongCode" });
}

/** Sunshine query: a tracking number and its access code lead to the request's tracking token. */
export async function findTrackToken(ctx: Ctx, input: z.input<typeof TrackForm>): Promise<string> {
  return (await openWithAccessCode(ctx, input)).trackToken;
}

export type TrackedRequest = {
  trackingNumber: string;
  kind: string;
  status: RequestStatus;
  topic: string | null;
  category: string | null;
  subject: string;
  unit: { nameZh: string; nameEn: string } | null;
  createdAt: Date;
  deadlineAt: Date;
  onTime: boolean;
  /** When it reached its closing status; null while open. */
  closedAt: Date | null;
  timeline: { type: string; body: string; toStatus: RequestStatus | null; createdAt: Date }[];
  canWithdraw: boolean;
  canAddInfo: boolean;
  canRate: boolean;
  satisfaction: string | null;
};

/** What the tracking page shows: status and public replies, never contact details or internal notes. */
export async function getTrackedRequest(_ctx: Ctx, token: string): Promise<TrackedRequest> {
  if (!tokenPattern.test(token)) throw new NotFoundError("request");
  const db = await getDb();
  const [row] = await db
    .select({ request: requests, unitNameZh: units.nameZh, unitNameEn: units.nameEn })
    .from(requests)
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(eq(requests.trackToken, token))
    .limit(1);
  if (!row) throw new NotFoundError("request");
  const r = row.request;
  const timeline = await db
    .select({ type: requestEvents.type, body: requestEvents.body, toStatus: requestEvents.toStatus, createdAt: requestEvents.createdAt })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, r.id), eq(requestEvents.visibility, "public")))
    .orderBy(asc(requestEvents.id));
  const answeredAt = r.resolvedAt ?? (isOpen(r.status) ? new Date() : r.updatedAt);
  return {
    trackingNumber: r.trackingNumber,
    kind: r.kind,
    status: r.status,
    topic: r.topic,
    category: r.category,
    subject: r.subject,
    unit: row.unitNameZh ? { nameZh: row.unitNameZh, nameEn: row.unitNameEn! } : null,
    createdAt: r.createdAt,
    deadlineAt: r.deadlineAt,
    onTime: answeredAt <= r.deadlineAt,
    closedAt: closedAt(r.status, timeline, r.resolvedAt ?? r.updatedAt),
    timeline,
    canWithdraw: allowedActions(r.kind, r.status, "resident").includes("withdraw"),
    canAddInfo: isOpen(r.status),
    canRate: r.status === "resolved" && r.satisfaction === null,
    satisfaction: r.satisfaction,
  };
}

/** Whether /track/<token> leads to a request: a cheap check for the proxy's 404. */
export async function trackTokenExists(_ctx: Ctx, token: string): Promise<boolean> {
  if (!tokenPattern.test(token)) return false;
  const db = await getDb();
  const rows = await db.select({ id: requests.id }).from(requests).where(eq(requests.trackToken, token)).limit(1);
  return rows.length > 0;
}
