import { describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { databaseIsReachable } from "@/domain/health";

import { startCluster } from "../helpers/pg-cluster";

describe("health", () => {
  it("is up while the database server runs and down once it stops", { timeout: 60_000 }, async () => {
    const cluster = await startCluster();
    const handle = await openDatabase({ url: cluster.url });
    try {
      expect(await databaseIsReachable({ db: handle.db })).toBe(true);
      cluster.stop();
      expect(await databaseIsReachable({ db: handle.db, timeoutMs: 2000 })).toBe(false);
    } finally {
      cluster.stop();
      await handle.close().catch(() => {});
    }
  });
});
