import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { releasedRows } from "@/db/released-rows";
import { requests, units } from "@/db/schema";

describe("rows read with the driver's result let go", () => {
  it("are the rows drizzle gives for the same select, decoded alike (dates, numbers, nulls from a left join)", async () => {
    const db = await getDb();
    const columns = {
      id: requests.id,
      trackingNumber: requests.trackingNumber,
      createdAt: requests.createdAt,
      topic: requests.topic,
      unitSlug: units.slug,
    };
    const query = () =>
      db.select(columns).from(requests).leftJoin(units, eq(units.id, requests.unitId)).orderBy(asc(requests.id)).limit(50);
    const expected = await query();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((r) => r.topic === null)).toBe(true);

    const rows = await releasedRows(db, columns, query());

    expect(rows).toEqual(expected);
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
  });
});
