import "server-only";

import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";

import type { Db } from "@/db/client";
import { rawValues } from "@/db/raw-values";
import { publications, requests, units } from "@/db/schema";

import { defineSqlDataset } from "../sql-dataset";

// Rows per query: each batch comes back as one text of about 300 kB (the
// database joins the rows), so 100,000 rows take 200 indexed queries.
export const REPLIES_BATCH = 500;

type PageAfter = { at: string; id: string };

/** A batch of rows as `line` writes them, in publication order, after the last batch's last row. */
function batchQuery(db: Db, line: SQL, after: PageAfter | null) {
  const page = db
    .select({
      line: sql<string>`${line}`.as("line"),
      at: sql<Date>`${publications.publishedAt}`.as("at"),
      id: sql<number>`${publications.requestId}`.as("id"),
    })
    .from(publications)
    .innerJoin(requests, eq(requests.id, publications.requestId))
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(
      and(
        isNull(publications.hiddenAt),
        // A row comparison, which the (published_at, request_id) index answers as one range.
        after ? sql`(${publications.publishedAt}, ${publications.requestId}) > (${after.at}::timestamptz, ${after.id}::int)` : undefined,
      ),
    )
    .orderBy(asc(publications.publishedAt), asc(publications.requestId))
    .limit(REPLIES_BATCH)
    .as("page");
  return db
    .select({
      text: sql`string_agg(${page.line}, '' order by ${page.at}, ${page.id})`,
      rows: sql`count(*)`,
      // The next batch starts after this row: its time exactly as the database keeps it, to the
      // microsecond (a Date keeps milliseconds, and a batch ending inside a millisecond would
      // start again at that millisecond's first row: repeated rows, or no end at all).
      lastAt: sql`max(${page.at})::text`,
      lastId: sql`(array_agg(${page.id} order by ${page.at} desc, ${page.id} desc))[1]`,
    })
    .from(page);
}

/**
 * Keyset batches rather than a server-side cursor: a cursor would hold a
 * connection for as long as the slowest reader takes, and PGlite has only one.
 */
async function* batches(db: Db, line: SQL): AsyncIterable<Uint8Array> {
  let after: PageAfter | null = null;
  for (;;) {
    const [[text, rows, lastAt, lastId] = []] = await rawValues(db, batchQuery(db, line, after));
    if (text) yield text;
    if (!rows || Number(rows.toString()) < REPLIES_BATCH) return;
    after = { at: lastAt!.toString(), id: lastId!.toString() };
  }
}

/**
 * Published questions and feedback with the bureau's replies: the redacted
 * copies a moderator published with the resident's consent, never the
 * original text or any contact detail. Taken-down copies are left out.
 */
export const repliesDataset = defineSqlDataset({
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
      sql: sql`${requests.trackingNumber}`,
    },
    {
      name: "published_at",
      type: "datetime",
      meaning: { en: "When the reply was published (UTC)", zh: "公开时间（UTC）" },
      example: "2026-04-03T08:00:00.000Z",
      // As JavaScript's toISOString writes it, to the millisecond.
      sql: sql`to_char(${publications.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    },
    {
      name: "kind",
      type: "string",
      meaning: { en: "question or feedback", zh: "类型：question（咨询）或 feedback（反映）" },
      example: "question",
      sql: sql`${requests.kind}`,
    },
    {
      name: "topic",
      type: "string",
      meaning: {
        en: "Feedback's topic: problem, complaint, suggestion, praise, chief_letter or tip; empty for questions",
        zh: "反映的主题；咨询为空",
      },
      example: "problem",
      sql: sql`${requests.topic}`,
    },
    {
      name: "category",
      type: "string",
      meaning: {
        en: "A problem's category: incident, case, dispute, hazard, petition or difficulty; empty otherwise",
        zh: "问题类别（六小）；其他为空",
      },
      example: "dispute",
      sql: sql`${requests.category}`,
    },
    {
      name: "unit_slug",
      type: "string",
      meaning: { en: "Unit that answered (units dataset, slug)", zh: "答复单位标识" },
      example: "luwan-station",
      sql: sql`${units.slug}`,
    },
    {
      name: "title",
      type: "string",
      meaning: { en: "Public title", zh: "公开标题" },
      example: "王庄村路灯不亮",
      sql: sql`${publications.publicTitle}`,
    },
    {
      name: "question",
      type: "string",
      meaning: { en: "The resident's words, redacted", zh: "群众原文（已脱敏）" },
      example: "村口的路灯坏了一个月。",
      sql: sql`${publications.publicQuestion}`,
    },
    {
      name: "reply",
      type: "string",
      meaning: { en: "The bureau's reply, redacted", zh: "答复（已脱敏）" },
      example: "已联系供电所修复。",
      sql: sql`${publications.publicReply}`,
    },
  ],
});
