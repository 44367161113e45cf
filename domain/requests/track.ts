import "server-only";
import { asc, eq, and } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestEvents, requests, units } from "@/db/schema";
import type { RequestStatus } from "@/db/schema/values";
import { verifyPassword } from "@/lib/password";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { assertNotLimited, type Limit, recordHit } from "../rate-limit";
import { zodFieldErrors } from "../validation";
import { normaliseCode } from "./identifiers";
import { allowedActions, isOpen } from "./status-machine";

export const TrackForm = z.object({
  trackingNumber: z.string().trim().min(1, { error: "required" }).max(40, { error: "tooLong" }).transform(normaliseCode),
  accessCode: z.string().trim().min(1, { error: "required" }).max(40, { error: "tooLong" }).transform(normaliseCode),
});
export type TrackForm = z.infer<typeof TrackForm>;

const WINDOW = 15 * 60;
const limitsFor = (trackingNumber: string, ip: string | null): Limit[] => [
  { key: `track:number:${trackingNumber}`, max: 5, windowSeconds: WINDOW },
  { key: `track:ip:${ip ?? "unknown"}`, max: 20, windowSeconds: WINDOW },
];

/**
 * Sunshine query: a tracking number and its access code lead to the request's
 * tracking token. Wrong codes are counted per tracking number and per address,
 * and the same answer is given for an unknown number as for a wrong code.
 */
export async function findTrackToken(ctx: Ctx, input: unknown): Promise<string> {
  const parsed = TrackForm.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  const { trackingNumber, accessCode } = parsed.data;
  const db = await getDb();
  const limits = limitsFor(trackingNumber, ctx.ip);
  await assertNotLimited(db, limits);
  const [request] = await db
    .select({ trackToken: requests.trackToken, accessCodeHash: requests.accessCodeHash })
    .from(requests)
    .where(eq(requests.trackingNumber, trackingNumber))
    .limit(1);
  if (request && (await verifyPassword(request.accessCodeHash, accessCode))) return request.trackToken;
  if (!request) await verifyPassword(null, accessCode);
  await recordHit(db, limits);
  throw new ValidationError({ accessCode: "wrongCode" });
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
  timeline: { type: string; body: string; toStatus: RequestStatus | null; createdAt: Date }[];
  canWithdraw: boolean;
  canAddInfo: boolean;
  canRate: boolean;
  satisfaction: string | null;
};

/** What the tracking page shows: status and public replies, never contact details or internal notes. */
export async function getTrackedRequest(_ctx: Ctx, token: string): Promise<TrackedRequest> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new NotFoundError("request");
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
    timeline,
    canWithdraw: allowedActions(r.kind, r.status, "resident").includes("withdraw"),
    canAddInfo: isOpen(r.status),
    canRate: r.status === "resolved" && r.satisfaction === null,
    satisfaction: r.satisfaction,
  };
}
