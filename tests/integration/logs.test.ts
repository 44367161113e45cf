import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/db/client";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { scrubConsoleArgument } from "@/lib/core/console-errors";
import { createLogger, logger } from "@/lib/core/logger";
import { describeProblem } from "@/lib/errors";

import { signedOut } from "../helpers/ctx";

// A failed query's error carries the query's parameters in its message and
// its `params`: what a resident typed, the access code's hash, the tracking
// link. None of it may reach a log line.

const personal = {
  contactName: "王秘密",
  contactEmail: "secret.person@example.test",
  contactPhone: "13987654321",
  subject: "邻居家暴",
  body: "隔壁每晚打骂孩子，我住在幸福小区3号楼2单元。",
};

afterEach(() => vi.restoreAllMocks());

async function failingInsert(): Promise<{ error: unknown; secrets: string[] }> {
  const db = await getDb();
  await db.execute(
    sql.raw(`create function refuse_request() returns trigger language plpgsql as $$ begin
      raise exception 'refused at insert'; end $$;
      create trigger refuse_request before insert on requests for each row execute function refuse_request()`),
  );
  try {
    const error = await submitFeedback(
      { ...signedOut, ip: "203.0.113.90" },
      { topic: "suggestion", ...personal, idempotencyKey: randomBytes(18).toString("base64url") },
    ).catch((e: unknown) => e);
    // The secrets the insert carried: taken from the error itself, whatever they were.
    const params = ((error as { params?: unknown[] }).params ?? []).filter((p): p is string => typeof p === "string" && p.length >= 8);
    return { error, secrets: [...Object.values(personal), ...params] };
  } finally {
    await db.execute(sql.raw("drop trigger refuse_request on requests; drop function refuse_request()"));
  }
}

describe("logs", () => {
  it("a failing insert is logged by class and SQLSTATE, with none of what it held", async () => {
    const { error, secrets } = await failingInsert();
    expect(String((error as Error).message)).toContain("secret.person@example.test");
    const logged = vi.spyOn(logger, "error");
    expect(describeProblem(error)).toEqual({ kind: "unexpected" });
    expect(logged).toHaveBeenCalledTimes(1);
    const line = JSON.stringify(logged.mock.calls);
    expect(line).toContain("P0001");
    expect(line).toContain("DrizzleQueryError");
    // The access-code hash and the tracking link were among the parameters.
    expect(secrets.length).toBeGreaterThan(Object.keys(personal).length + 1);
    for (const secret of secrets) expect(line).not.toContain(secret);
  });

  it("the same error reaching Next.js's own error log is reduced to its class, SQLSTATE and digest", async () => {
    const { error, secrets } = await failingInsert();
    Object.assign(error as object, { digest: "1234567" });
    const printed = String(scrubConsoleArgument(error));
    expect(printed).toBe("DrizzleQueryError (SQLSTATE P0001) digest 1234567: query details not logged");
    for (const secret of secrets) expect(printed).not.toContain(secret);
    expect(scrubConsoleArgument("plain text")).toBe("plain text");
    const ordinary = new Error("ordinary");
    expect(scrubConsoleArgument(ordinary)).toBe(ordinary);
  });

  it("pino redacts personal fields and query parameters whatever a caller passes", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger("info", sink);
    log.info(
      {
        email: "a@example.test",
        user: { phone: "13900000000", password: "hunter2hunter2" },
        request: { accessCodeHash: "hash-value", trackToken: "token-value", recipient: "b@example.test" },
        err: { params: ["c@example.test"] },
      },
      "caller passed too much",
    );
    expect(lines).toHaveLength(1);
    for (const secret of [
      "a@example.test",
      "13900000000",
      "hunter2hunter2",
      "hash-value",
      "token-value",
      "b@example.test",
      "c@example.test",
    ]) {
      expect(lines[0]).not.toContain(secret);
    }
    expect(lines[0]).toContain("[redacted]");
  });
});
