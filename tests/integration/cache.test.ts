import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { officers } from "@/db/schema";
import { listLeadership } from "@/domain/directory/public-queries";

import { signedOut } from "../helpers/ctx";
import { eventually } from "../helpers/eventually";

describe("the directory cache across servers", () => {
  it("keeps a read until another server's change arrives as a notice, then reads again", async () => {
    const chief = (await listLeadership(signedOut))[0]!;
    // Another server: its own connection, its own write, and the notice its commit sends.
    const other = await openDatabase({ url: process.env.DATABASE_URL! });
    try {
      await other.db.transaction(async (tx) => {
        await tx.update(officers).set({ phone: "19900009999" }).where(eq(officers.badgeNumber, chief.badgeNumber));
      });
      // Without a notice this server keeps its copy: the write alone is not seen.
      expect((await listLeadership(signedOut))[0]!.phone).toBe(chief.phone);
      await other.db.execute(sql`select pg_notify('safe_city_cache', 'directory')`);
      expect(await eventually(async () => (await listLeadership(signedOut))[0]!.phone === "19900009999")).toBe(true);
    } finally {
      await other.db.update(officers).set({ phone: chief.phone }).where(eq(officers.badgeNumber, chief.badgeNumber));
      await other.close();
    }
  });
});
