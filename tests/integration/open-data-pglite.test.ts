import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { openDataChanges, units } from "@/db/schema";
import { REPLIES_BATCH, repliesDataset } from "@/domain/open-data/datasets/replies";

// `npm start` runs on PGlite, one connection for everything: the replies must
// stream there too, and never hold that connection between batches.
describe("open data on PGlite", () => {
  it(
    "keeps its validators by trigger and streams the replies in batches, the connection free between them",
    { timeout: 180_000 },
    async () => {
      const handle = await openDatabase({ dir: "memory://" });
      try {
        await prepareDatabase(handle.db, { demo: true });
        const version = async () => (await handle.db.select().from(openDataChanges)).find((c) => c.source === "replies")!.version;
        const before = await version();
        const published = REPLIES_BATCH + 10;
        await handle.db.execute(sql`
        insert into publications (request_id, public_title, public_question, public_reply)
        select id, '标题', '内容', '答复' from requests where kind <> 'application' order by id limit ${published}`);
        expect(await version()).toBe(before + 1);

        const batches = repliesDataset.rowsText(handle.db, "csv")[Symbol.asyncIterator]();
        const lines = (batch: IteratorResult<string | Uint8Array>) => Buffer.from(batch.value!).toString().split("\r\n").length - 1;
        const first = await batches.next();
        expect(lines(first)).toBe(REPLIES_BATCH);
        // Mid-stream, the only connection answers other queries.
        const [unitCount] = await handle.db.select({ n: count() }).from(units);
        expect(unitCount!.n).toBeGreaterThan(0);
        const second = await batches.next();
        expect(lines(second)).toBe(10);
        expect((await batches.next()).done).toBe(true);
      } finally {
        await handle.close();
      }
    },
  );
});
