import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import type { Ctx } from "@/domain/context";
import { RateLimitedError } from "@/domain/errors";
import { openDataDownload, openDataLimit } from "@/domain/open-data/download";
import { countOf } from "@/domain/rate-limit";
import { env } from "@/lib/core/env";

const reader = (ip: string): Ctx => ({ actor: null, ip, locale: "en" });

/** Starts a download's body and lets it go unread: what is counted is the asking. */
async function startBody(ctx: Ctx, name: string) {
  const body = await (await openDataDownload(ctx, name)).body();
  await body.cancel();
}

describe("downloads of the large open-data files", () => {
  it("are counted per address, and refused with the wait once used up", async () => {
    const db = await getDb();
    const ctx = reader("203.0.113.7");
    for (let i = 0; i < env.openDataLimitPerHour; i++) await startBody(ctx, i % 2 ? "replies.csv" : "replies.json");
    const refused = await startBody(ctx, "replies.csv").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(3000);
    // The small files cost little and stay open to that address; another address is untouched.
    await expect(startBody(ctx, "units.csv")).resolves.toBeUndefined();
    await expect(startBody(reader("198.51.100.9"), "replies.csv")).resolves.toBeUndefined();
    expect(await countOf(db, openDataLimit("198.51.100.9").key)).toBe(1);
  });

  it("are not counted when only the file's validator is asked for (a conditional request)", async () => {
    const db = await getDb();
    const ctx = reader("192.0.2.44");
    const download = await openDataDownload(ctx, "replies.csv");
    expect(download.validator.etag).toMatch(/^".+"$/);
    expect(await countOf(db, openDataLimit("192.0.2.44").key)).toBe(0);
  });
});
