import "server-only";

import { and, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { areas, backings, publications, requests, units } from "@/db/schema";
import { keysetCursor, searchText } from "@/lib/core/query-params";
import { slugPattern, trackingNumberPattern } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { escapeLike } from "../directory/search";
import { newestPublishedFirst, publishedBefore, publishedPage, publishedTextMatches } from "../requests/published-pages";
import { deskTopics } from "./question-form";

export const DeskQuery = z.object({
  q: searchText(50),
  village: searchText(40),
  unit: z.string().max(80).regex(slugPattern).optional().catch(undefined),
  topic: z.enum(deskTopics).optional().catch(undefined),
  // Keyset cursor: the last item's publication time and request id.
  before: keysetCursor,
});
export type DeskQuery = z.output<typeof DeskQuery>;

const PAGE = 10;

const columns = {
  id: publications.requestId,
  trackingNumber: requests.trackingNumber,
  title: publications.publicTitle,
  question: publications.publicQuestion,
  reply: publications.publicReply,
  publishedAt: publications.publishedAt,
  askedAt: requests.createdAt,
  answeredAt: requests.resolvedAt,
  topic: sql<string | null>`${requests.formData}->>'deskTopic'`,
  placeZh: areas.nameZh,
  placeEn: areas.nameEn,
  unitSlug: units.slug,
  unitNameZh: units.nameZh,
  unitNameEn: units.nameEn,
};

export type PublishedQuestion = {
  id: number;
  trackingNumber: string;
  title: string;
  question: string;
  reply: string;
  publishedAt: Date;
  askedAt: Date;
  answeredAt: Date | null;
  topic: string | null;
  placeZh: string | null;
  placeEn: string | null;
  unitSlug: string | null;
  unitNameZh: string | null;
  unitNameEn: string | null;
};

/** The desk's published questions and answers, newest first: the redacted public copies only. */
export async function listPublishedQuestions(_ctx: Ctx, input: Partial<Record<keyof z.input<typeof DeskQuery>, unknown>>) {
  const query = DeskQuery.parse(input);
  // Cached until something is published or hidden, or the directory changes; the "me too" counts are not.
  const page = await cached("publications", `desk:${JSON.stringify(query)}`, () => loadPage(query));
  return { ...page, backing: await backingCounts(page.items.map((i) => i.id)) };
}

async function loadPage(f: DeskQuery) {
  const db = await getDb();
  const village = f.village ? `%${escapeLike(f.village)}%` : null;
  const conditions = [
    eq(requests.kind, "question"),
    isNull(publications.hiddenAt),
    f.unit ? eq(units.slug, f.unit) : undefined,
    f.topic ? sql`${requests.formData}->>'deskTopic' = ${f.topic}` : undefined,
    village ? or(ilike(areas.nameZh, village), ilike(areas.nameEn, village), ilike(areas.namePinyin, village)) : undefined,
    publishedTextMatches(f.q),
    publishedBefore(f.before),
  ];
  const rows: PublishedQuestion[] = await db
    .select(columns)
    .from(publications)
    .innerJoin(requests, eq(requests.id, publications.requestId))
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(and(...conditions))
    .orderBy(...newestPublishedFirst)
    .limit(PAGE + 1);
  return { filters: f, ...publishedPage(rows, PAGE) };
}

/** One published question by its tracking number: the permalink's page. Null when not published (or hidden). */
export async function getPublishedQuestion(_ctx: Ctx, trackingNumber: string) {
  const normalised = trackingNumber.trim().toUpperCase();
  if (!trackingNumberPattern.test(normalised)) return null;
  const db = await getDb();
  const [item] = await db
    .select(columns)
    .from(publications)
    .innerJoin(requests, eq(requests.id, publications.requestId))
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(and(eq(requests.trackingNumber, normalised), eq(requests.kind, "question"), isNull(publications.hiddenAt)))
    .limit(1);
  if (!item) return null;
  return { item, backing: (await backingCounts([item.id])).get(item.id) ?? 0 };
}

/** How many people said "this affects me too", per request. */
export async function backingCounts(requestIds: number[]): Promise<Map<number, number>> {
  if (requestIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ requestId: backings.requestId, count: sql<number>`count(*)::int` })
    .from(backings)
    .where(inArray(backings.requestId, requestIds))
    .groupBy(backings.requestId);
  return new Map(rows.map((r) => [r.requestId, r.count]));
}
