import "server-only";

import { and, asc, eq, isNull, sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { releasedRows } from "@/db/released-rows";
import { publications, requests, units } from "@/db/schema";

import { defineDataset } from "../dataset";

// Rows per query: small enough that what is in flight when the young
// generation is collected (this batch as rows, values and text) is small, so
// little of it is promoted to the old generation, where it would stay as
// garbage until a full collection: with 1,000 rows about 1.5 MB was promoted
// at every collection, with 100 about 0.1 MB (--trace-gc, this stream served
// by plain Node; see also batch() below and the README's benchmarks).
// 100,000 rows take 1,000 indexed queries, each well under a millisecond.
export const REPLIES_BATCH = 100;

// The columns of a row, in select order.
const columns = {
  id: publications.requestId,
  trackingNumber: requests.trackingNumber,
  kind: requests.kind,
  topic: requests.topic,
  category: requests.category,
  unitSlug: units.slug,
  title: publications.publicTitle,
  question: publications.publicQuestion,
  reply: publications.publicReply,
  publishedAt: publications.publishedAt,
  // The next page starts after this row: its time exactly as the database keeps it, to the
  // microsecond (a Date keeps milliseconds, and a page ending inside a millisecond would
  // start again at that millisecond's first row: repeated rows, or no end at all).
  pageAfter: sql<string>`${publications.publishedAt}::text`,
};

type PageAfter = { at: string; id: number };

function batchQuery(db: Db, after: PageAfter | null) {
  return db
    .select(columns)
    .from(publications)
    .innerJoin(requests, eq(requests.id, publications.requestId))
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(
      and(
        isNull(publications.hiddenAt),
        // A row comparison, which the (published_at, request_id) index answers as one range.
        after ? sql`(${publications.publishedAt}, ${publications.requestId}) > (${after.at}::timestamptz, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(publications.publishedAt), asc(publications.requestId))
    .limit(REPLIES_BATCH);
}

type Row = Awaited<ReturnType<ReturnType<typeof batchQuery>["execute"]>>[number];

/** One page, with the driver's copy of its rows let go at once (db/released-rows.ts says why). */
async function batch(db: Db, after: PageAfter | null): Promise<Row[]> {
  return (await releasedRows(db, columns, batchQuery(db, after))) as Row[];
}

/**
 * Keyset pages rather than a server-side cursor: a cursor would hold a
 * connection for as long as the slowest reader takes, and PGlite has only one.
 */
async function* batches(db: Db): AsyncIterable<Row[]> {
  let after: PageAfter | null = null;
  for (;;) {
    const rows = await batch(db, after);
    if (rows.length > 0) yield rows;
    if (rows.length < REPLIES_BATCH) return;
    const last = rows.at(-1)!;
    after = { at: last.pageAfter, id: last.id };
  }
}

/**
 * Published questions and feedback with the bureau's replies: the redacted
 * copies a moderator published with the resident's consent, never the
 * original text or any contact detail. Taken-down copies are left out.
 */
export const repliesDataset = defineDataset<Row>({
  id: "replies",
  title: { en: "Published replies", zh: "公开答复" },
  description: {
    en: "Questions and feedback published with the resident's consent, in their redacted public copy, with the bureau's reply.",
    zh: "经群众同意公开的咨询和反映（脱敏后的公开文本）及公安机关的答复。",
  },
  dependsOn: ["replies", "directory"],
  batches,
  fields: [
    {
      name: "tracking_number",
      type: "string",
      meaning: { en: "The request's reference number", zh: "诉求编号" },
      example: "F2026040300012",
      value: (r) => r.trackingNumber,
    },
    {
      name: "published_at",
      type: "datetime",
      meaning: { en: "When the reply was published (UTC)", zh: "公开时间（UTC）" },
      example: "2026-04-03T08:00:00.000Z",
      value: (r) => r.publishedAt.toISOString(),
    },
    {
      name: "kind",
      type: "string",
      meaning: { en: "question or feedback", zh: "类型：question（咨询）或 feedback（反映）" },
      example: "question",
      value: (r) => r.kind,
    },
    {
      name: "topic",
      type: "string",
      meaning: {
        en: "Feedback's topic: problem, complaint, suggestion, praise, chief_letter or tip; empty for questions",
        zh: "反映的主题；咨询为空",
      },
      example: "problem",
      value: (r) => r.topic,
    },
    {
      name: "category",
      type: "string",
      meaning: {
        en: "A problem's category: incident, case, dispute, hazard, petition or difficulty; empty otherwise",
        zh: "问题类别（六小）；其他为空",
      },
      example: "dispute",
      value: (r) => r.category,
    },
    {
      name: "unit_slug",
      type: "string",
      meaning: { en: "Unit that answered (units dataset, slug)", zh: "答复单位标识" },
      example: "luwan-station",
      value: (r) => r.unitSlug,
    },
    { name: "title", type: "string", meaning: { en: "Public title", zh: "公开标题" }, example: "王庄村路灯不亮", value: (r) => r.title },
    {
      name: "question",
      type: "string",
      meaning: { en: "The resident's words, redacted", zh: "群众原文（已脱敏）" },
      example: "村口的路灯坏了一个月。",
      value: (r) => r.question,
    },
    {
      name: "reply",
      type: "string",
      meaning: { en: "The bureau's reply, redacted", zh: "答复（已脱敏）" },
      example: "已联系供电所修复。",
      value: (r) => r.reply,
    },
  ],
});
