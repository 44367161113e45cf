import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { officers, publications, requests, services } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { REPLIES_BATCH } from "@/domain/open-data/datasets/replies";
import { openDataDownload } from "@/domain/open-data/download";

import { signedOut } from "../helpers/ctx";
import { csvRows, downloadText, jsonRows } from "../helpers/open-data";

const PUBLISHED = REPLIES_BATCH * 2 + 7;
let hiddenTracking = "";

beforeAll(async () => {
  const db = await getDb();
  // More than two batches, many published at the very same instant: the keyset must still give each once.
  await db.execute(sql`
    insert into publications (request_id, public_title, public_question, public_reply, published_at)
    select id, '公开标题 ' || id, '公开内容 ' || id, '答复 ' || id,
      case when id % 2 = 0 then timestamptz '2026-05-01 10:00+08' else timestamptz '2026-05-01 10:00+08' + id * interval '1 second' end
    from requests where kind in ('question', 'feedback') and contact_phone <> '' order by id limit ${PUBLISHED + 1}`);
  const [hidden] = await queryRows<{ tracking: string }>(
    db,
    sql`update publications set hidden_at = now(), hidden_reason = 'test'
        where request_id = (select max(request_id) from publications)
        returning (select tracking_number from requests where id = publications.request_id) as tracking`,
  );
  hiddenTracking = hidden!.tracking;
});

describe("the published replies", () => {
  it("give every visible publication exactly once, across batches, and no taken-down one", async () => {
    const { rows } = await csvRows("replies");
    expect(rows).toHaveLength(PUBLISHED);
    expect(new Set(rows.map((r) => r.tracking_number)).size).toBe(PUBLISHED);
    expect(rows.map((r) => r.tracking_number)).not.toContain(hiddenTracking);
    const json = await jsonRows("replies");
    expect(json.map((r) => r.tracking_number)).toEqual(rows.map((r) => r.tracking_number));
  });

  it("hold the public copy, never the original or the resident's contact details", async () => {
    const db = await getDb();
    const published = await queryRows<{ tracking: string; subject: string; phone: string; name: string }>(
      db,
      sql`select r.tracking_number as tracking, r.subject, r.contact_phone as phone, r.contact_name as name
          from publications p join requests r on r.id = p.request_id where p.hidden_at is null order by p.request_id limit 1`,
    );
    const [one] = published;
    const row = (await jsonRows("replies")).find((r) => r.tracking_number === one!.tracking)!;
    expect(row.title).toMatch(/^公开标题 \d+$/);
    expect(row.question).toMatch(/^公开内容 \d+$/);
    for (const name of ["replies.csv", "replies.json"]) {
      const text = await downloadText(name);
      expect(text).not.toContain(one!.phone);
      expect(text).not.toContain(one!.subject);
    }
  });
});

describe("validators", () => {
  const etag = async (name: string) => (await openDataDownload(signedOut, name)).validator;

  it("differ between a dataset's CSV and JSON, and stay the same while nothing changes", async () => {
    expect((await etag("units.csv")).etag).not.toBe((await etag("units.json")).etag);
    expect(await etag("units.csv")).toEqual(await etag("units.csv"));
  });

  it("change with the directory, the catalogue or the publications behind a file, and only then", async () => {
    const db = await getDb();
    const before = { units: await etag("units.csv"), services: await etag("services.csv"), replies: await etag("replies.csv") };
    const [officer] = await db.select().from(officers).limit(1);
    await db.update(officers).set({ officePhone: "0370-99999999" }).where(eq(officers.id, officer!.id));
    const afterDirectory = { units: await etag("units.csv"), services: await etag("services.csv"), replies: await etag("replies.csv") };
    expect(afterDirectory.units.etag).not.toBe(before.units.etag);
    expect(afterDirectory.units.lastModified.getTime()).toBeGreaterThanOrEqual(before.units.lastModified.getTime());

    const [service] = await db.select().from(services).limit(1);
    await db.update(services).set({ feeZh: "免费" }).where(eq(services.id, service!.id));
    expect((await etag("services.csv")).etag).not.toBe(afterDirectory.services.etag);
    expect((await etag("units.csv")).etag).toBe(afterDirectory.units.etag);
    expect((await etag("replies.csv")).etag).toBe(afterDirectory.replies.etag);

    const other = sql`case when category = 'hazard' then 'dispute' else 'hazard' end`;
    // A published request reclassified shows in the replies; an unpublished one does not touch them.
    const [unpublished] = await queryRows<{ id: number }>(
      db,
      sql`select id from requests where id not in (select request_id from publications) and category is not null limit 1`,
    );
    await db.update(requests).set({ category: other }).where(eq(requests.id, unpublished!.id));
    expect((await etag("replies.csv")).etag).toBe(afterDirectory.replies.etag);
    const [published] = await db.select({ id: publications.requestId }).from(publications).limit(1);
    await db.update(requests).set({ category: other }).where(eq(requests.id, published!.id));
    expect((await etag("replies.csv")).etag).not.toBe(afterDirectory.replies.etag);
  });
});
