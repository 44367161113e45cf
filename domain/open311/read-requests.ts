import "server-only";

import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { areas, publications, requests, services, units } from "@/db/schema";
import { sixSmalls, tokenPattern, trackingNumberPattern, type RequestStatus, type SixSmall } from "@/lib/core/values";

import { NotFoundError, ValidationError } from "../errors";
import { problemCode, serviceCode } from "./catalogue";

// What Open311 shows of a request: what the tracking and publication pages
// already show the public, and never a contact detail. The description and
// the reply only once a moderator published the redacted copy; for the rest,
// status, dates, service and the village or community. No coordinates: we
// keep none, and the standard lets a server leave them out.

const closedStatuses: readonly RequestStatus[] = ["resolved", "rejected", "withdrawn"];
const maxPageSize = 1000;

export type Open311Request = {
  serviceRequestId: string;
  status: "open" | "closed";
  statusNotes?: string;
  serviceCode: string;
  category: SixSmall | null;
  serviceTitleZh: string | null;
  serviceTitleEn: string | null;
  description?: string;
  agencyZh: string | null;
  agencyEn: string | null;
  requestedAt: Date;
  updatedAt: Date;
  expectedAt: Date;
  areaId: number | null;
  areaZh: string | null;
  areaEn: string | null;
};

const isoDateTime = z.iso.datetime({ offset: true, error: "isoDateTime" }).transform((v) => new Date(v));
const list = (max: number) =>
  z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length <= max, { error: "tooMany" });

/** GET requests' query, as the standard names it, with the common paging extension (page, page_size). */
export const Open311Query = z.object({
  service_request_id: list(100).optional(),
  service_code: list(50).optional(),
  start_date: isoDateTime.optional(),
  end_date: isoDateTime.optional(),
  status: list(2)
    .refine((items) => items.every((s) => s === "open" || s === "closed"), { error: "openOrClosed" })
    .optional(),
  page: z.coerce.number({ error: "wholeNumber" }).int({ error: "wholeNumber" }).min(1, { error: "wholeNumber" }).default(1),
  page_size: z.coerce
    .number({ error: "wholeNumber" })
    .int({ error: "wholeNumber" })
    .min(1, { error: "wholeNumber" })
    .max(maxPageSize, { error: "pageSize" })
    .default(maxPageSize),
});
export type Open311Query = z.input<typeof Open311Query>;

// The requests Open311 knows: problem reports (by their six-small kind) and applications.
const listed = or(
  and(eq(requests.kind, "feedback"), eq(requests.topic, "problem"), isNotNull(requests.category)),
  eq(requests.kind, "application"),
);

async function select(where: SQL | undefined, page = 1, pageSize = maxPageSize): Promise<Open311Request[]> {
  const db = await getDb();
  const rows = await db
    .select({
      trackingNumber: requests.trackingNumber,
      status: requests.status,
      category: requests.category,
      slug: services.slug,
      serviceTitleZh: services.titleZh,
      serviceTitleEn: services.titleEn,
      publicQuestion: publications.publicQuestion,
      publicReply: publications.publicReply,
      agencyZh: units.nameZh,
      agencyEn: units.nameEn,
      createdAt: requests.createdAt,
      updatedAt: requests.updatedAt,
      deadlineAt: requests.deadlineAt,
      areaId: areas.id,
      areaZh: areas.nameZh,
      areaEn: areas.nameEn,
    })
    .from(requests)
    .leftJoin(services, eq(services.id, requests.serviceId))
    .leftJoin(publications, and(eq(publications.requestId, requests.id), isNull(publications.hiddenAt)))
    .leftJoin(units, eq(units.id, requests.unitId))
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .where(and(listed, where))
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return rows.map((row) => ({
    serviceRequestId: row.trackingNumber,
    status: closedStatuses.includes(row.status) ? "closed" : "open",
    statusNotes: row.publicReply ?? undefined,
    serviceCode: row.slug ? serviceCode(row.slug) : problemCode(row.category!),
    category: row.category,
    serviceTitleZh: row.serviceTitleZh,
    serviceTitleEn: row.serviceTitleEn,
    description: row.publicQuestion ?? undefined,
    agencyZh: row.agencyZh,
    agencyEn: row.agencyEn,
    requestedAt: row.createdAt,
    updatedAt: row.updatedAt,
    expectedAt: row.deadlineAt,
    areaId: row.areaId,
    areaZh: row.areaZh,
    areaEn: row.areaEn,
  }));
}

/** Which requests a service code names: a six-small kind, or a service's applications. */
function byServiceCode(codes: string[]): SQL {
  const categories = codes.flatMap((c) => sixSmalls.filter((s) => problemCode(s) === c));
  const slugs = codes.filter((c) => c.startsWith("service-")).map((c) => c.slice("service-".length));
  const parts = [
    categories.length ? and(eq(requests.kind, "feedback"), inArray(requests.category, categories)) : undefined,
    slugs.length ? inArray(services.slug, slugs) : undefined,
  ].filter((part): part is SQL => part !== undefined);
  return parts.length ? or(...parts)! : sql`false`;
}

/**
 * GET requests. As the standard says, a list of ids ignores the other
 * filters; without dates the last 90 days are shown, newest first, a page
 * at a time (page_size at most 1000, the standard's default limit).
 */
export async function listOpen311Requests(input: Open311Query, now = new Date()): Promise<Open311Request[]> {
  const parsed = Open311Query.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "query"), i.message])));
  }
  const q = parsed.data;
  if (q.service_request_id) {
    const ids = q.service_request_id.filter((id) => trackingNumberPattern.test(id));
    return ids.length ? select(inArray(requests.trackingNumber, ids)) : [];
  }
  const start = q.start_date ?? (q.end_date ? undefined : new Date(now.getTime() - 90 * 86400_000));
  const statuses = q.status ?? [];
  const conditions = [
    q.service_code ? byServiceCode(q.service_code) : undefined,
    start ? gte(requests.createdAt, start) : undefined,
    q.end_date ? lt(requests.createdAt, q.end_date) : undefined,
    statuses.length === 1
      ? statuses[0] === "closed"
        ? inArray(requests.status, [...closedStatuses])
        : sql`${requests.status} not in ('resolved', 'rejected', 'withdrawn')`
      : undefined,
  ];
  return select(and(...conditions), q.page, q.page_size);
}

/** GET requests/{id}: one request by its tracking number, or not found. */
export async function getOpen311Request(id: string): Promise<Open311Request> {
  if (!trackingNumberPattern.test(id)) throw new NotFoundError("service_request_id");
  const [found] = await select(eq(requests.trackingNumber, id));
  if (!found) throw new NotFoundError("service_request_id");
  return found;
}

/** GET tokens/{token}: the request a POST's token stands for (the token is the receipt's tracking token). */
export async function requestIdForToken(token: string): Promise<string> {
  if (!tokenPattern.test(token)) throw new NotFoundError("token");
  const db = await getDb();
  const [found] = await db
    .select({ id: requests.trackingNumber })
    .from(requests)
    .where(and(eq(requests.trackToken, token), listed));
  if (!found) throw new NotFoundError("token");
  return found.id;
}
