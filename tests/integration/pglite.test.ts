import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { areas, officers, users } from "@/db/schema";
import { queryRows } from "@/db/sql";

// The embedded database `npm start` uses: the same migrations and seed must work on it.
describe("PGlite, the embedded default", () => {
  it("migrates, seeds the demo bureau once, and knows pg_trgm", { timeout: 120_000 }, async () => {
    const handle = await openDatabase({ dir: "memory://" });
    try {
      expect(handle.driver).toBe("pglite");
      const first = await prepareDatabase(handle.db, { demo: true });
      expect(first.demoSeeded).toBe(true);
      const second = await prepareDatabase(handle.db, { demo: true });
      expect(second.demoSeeded).toBe(false);

      const [villages] = await handle.db.select({ n: count() }).from(areas).where(eq(areas.kind, "village"));
      expect(villages!.n).toBe(3706);
      const [officerCount] = await handle.db.select({ n: count() }).from(officers);
      expect(officerCount!.n).toBeGreaterThanOrEqual(600);
      const accounts = await handle.db.select({ email: users.email }).from(users);
      expect(accounts.map((a) => a.email).sort()).toEqual([
        "admin@demo.test",
        "moderator@demo.test",
        "officer@demo.test",
        "resident@demo.test",
        "village-officer@demo.test",
      ]);

      const { sql } = await import("drizzle-orm");
      await handle.db.execute(sql`create extension if not exists pg_trgm`);
      const [similar] = await queryRows<{ s: number }>(handle.db, sql`select similarity('王庄村', '王庄') as s`);
      expect(Number(similar!.s)).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});
