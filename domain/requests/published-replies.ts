import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import { getDb, type Db } from "@/db/client";
import { publications, requests, units } from "@/db/schema";
import { keysetCursor, searchText } from "@/lib/core/query-params";
import { sixSmalls, slugPattern, trackingNumberPattern } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { newestPublishedFirst, publishedBefore, publishedPage, publishedTextMatches } from "./published-pages";

export const RepliesQuery = z.object({
  q: searchText(50),
  category: z.enum(sixSmalls).optional().catch(undefined),
  unit: z.string().max(80).regex(slugPattern).optional().catch(undefined),
  // Keyset cursor: the last reply's publication time and request id.
  before: keysetCursor,
});

const PAGE = 20;

/** The public list of published questions and feedback with the bureau's replies: redacted copies only. */
export async function listPublishedReplies(_ctx: Ctx, input: Partial<Record<keyof z.input<typeof RepliesQuery>, unknown>>) {
  const query = RepliesQuery.parse(input);
  // Cached until a reply is published, hidden or reclassified, or the directory changes (domain/cache.ts).
  return cached("publications", `replies:${JSON.stringify(query)}`, () => loadReplies(query));
}

async function loadReplies(f: z.output<typeof RepliesQuery>) {
  const conditions = [
    isNull(publications.hiddenAt),
    f.category ? eq(requests.category, f.category) : undefined,
    f.unit ? eq(units.slug, f.unit) : undefined,
    publishedTextMatches(f.q),
    publishedBefore(f.before),
  ];
  const rows = await repliesSelect(await getDb())
    .where(and(...conditions))
    .orderBy(...newestPublishedFirst)
    .limit(PAGE + 1);
  return { filters: f, ...publishedPage(rows, PAGE) };
}

/** One published reply and its question, or problem report, by its tracking number: its permalink's content. */
export async function getPublishedReply(_ctx: Ctx, trackingNumber: string) {
  const normalised = trackingNumber.trim().toUpperCase();
  if (!trackingNumberPattern.test(normalised)) return null;
  return cached("publications", `reply:${normalised}`, async () => {
    const [item] = await repliesSelect(await getDb())
      .where(and(eq(requests.trackingNumber, normalised), isNull(publications.hiddenAt)))
      .limit(1);
    return item ?? null;
  });
}

export type PublishedReply = NonNullable<Awaited<ReturnType<typeof getPublishedReply>>>;

/** The public columns of a published reply: the redacted copies, never the resident's own words. */
function repliesSelect(db: Db) {
  return db
    .select({
      id: publications.requestId,
      trackingNumber: requests.trackingNumber,
      title: publications.publicTitle,
      question: publications.publicQuestion,
      reply: publications.publicReply,
      publishedAt: publications.publishedAt,
      category: requests.category,
      topic: requests.topic,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
    })
    .from(publications)
    .innerJoin(requests, eq(requests.id, publications.requestId))
    .leftJoin(units, eq(units.id, requests.unitId));
}
