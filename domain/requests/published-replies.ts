import "server-only";

import { and, desc, eq, ilike, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { publications, requests, units } from "@/db/schema";
import { cursorOf, keysetCursor, searchText } from "@/lib/core/query-params";
import { sixSmalls, slugPattern } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { escapeLike } from "../directory/search";

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
  const db = await getDb();
  const text = f.q ? `%${escapeLike(f.q)}%` : null;
  const conditions = [
    isNull(publications.hiddenAt),
    f.category ? eq(requests.category, f.category) : undefined,
    f.unit ? eq(units.slug, f.unit) : undefined,
    text
      ? or(ilike(publications.publicTitle, text), ilike(publications.publicQuestion, text), ilike(publications.publicReply, text))
      : undefined,
  ];
  if (f.before) {
    const { at, id } = f.before;
    conditions.push(or(lt(publications.publishedAt, at), and(eq(publications.publishedAt, at), lt(publications.requestId, id))));
  }
  const rows = await db
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
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(and(...conditions))
    .orderBy(desc(publications.publishedAt), desc(publications.requestId))
    .limit(PAGE + 1);
  const items = rows.slice(0, PAGE);
  const last = items.at(-1);
  return { filters: f, items, next: rows.length > PAGE && last ? cursorOf(last.publishedAt, last.id) : null };
}
