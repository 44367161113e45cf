import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { publications, requests } from "@/db/schema";
import { REPLIES_BATCH } from "@/domain/open-data/datasets/replies";

import { csvRows, jsonRows } from "../helpers/open-data";

const PUBLISHED = REPLIES_BATCH * 3 + 5;

beforeAll(async () => {
  const db = await getDb();
  // Publication times as the database keeps them: to the microsecond, a few microseconds apart,
  // so each page's last row lies between two milliseconds.
  await db.execute(sql`
    insert into publications (request_id, public_title, public_question, public_reply, published_at)
    select id, '公开标题 ' || id, '公开内容 ' || id, '答复 ' || id,
      timestamptz '2026-05-01 10:00:00.000001+08' + (row_number() over (order by id)) * interval '7 microseconds'
    from requests where kind in ('question', 'feedback') order by id limit ${PUBLISHED}`);
});

describe("the published replies, published within the same millisecond", () => {
  it("give each publication exactly once across batches", async () => {
    const { rows } = await csvRows("replies");
    expect(rows).toHaveLength(PUBLISHED);
    expect(new Set(rows.map((r) => r.tracking_number)).size).toBe(PUBLISHED);
  });

  it("write each time as JavaScript's toISOString does, in the CSV and in the JSON", async () => {
    const db = await getDb();
    const times = await db
      .select({ tracking: requests.trackingNumber, at: publications.publishedAt })
      .from(publications)
      .innerJoin(requests, eq(requests.id, publications.requestId));
    const expected = new Map(times.map((t) => [t.tracking, t.at.toISOString()]));
    const { rows } = await csvRows("replies");
    expect(rows.map((r) => r.published_at)).toEqual(rows.map((r) => expected.get(r.tracking_number!)));
    expect(rows[0]!.published_at).toBe("2026-05-01T02:00:00.000Z");
    expect((await jsonRows("replies")).map((r) => r.published_at)).toEqual(rows.map((r) => r.published_at));
  });
});
