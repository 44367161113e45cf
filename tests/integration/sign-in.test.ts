import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { rateLimits, sessions, signInChallenges, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { findSessionActor, sessionKey } from "@/domain/accounts/sessions";
import { checkPassword, completeSignIn, MAX_FAILED_SIGN_INS, MAX_SIGN_INS_PER_IP } from "@/domain/accounts/sign-in";
import { ConflictError, ValidationError } from "@/domain/errors";
import { countOf } from "@/domain/rate-limit";

import { makeAccount, signInFully } from "../helpers/accounts";
import { signedOut } from "../helpers/ctx";

const fromIp = (ip: string) => ({ ...signedOut, ip });
const failureKey = (error: unknown) => (error instanceof ConflictError ? error.key : String(error));

describe("signing in", () => {
  it("signs in each demo role with the demo password and opens a session", async () => {
    for (const [email, role] of [
      ["admin@demo.test", "admin"],
      ["moderator@demo.test", "moderator"],
      ["officer@demo.test", "officer"],
      ["resident@demo.test", "resident"],
    ] as const) {
      const sessionId = await signInFully(email, DEMO_PASSWORD);
      expect((await findSessionActor(sessionId))?.role).toBe(role);
    }
  });

  it("accepts the email in any case and with spaces around it", async () => {
    const accepted = await checkPassword(signedOut, { email: "  Admin@Demo.TEST ", password: DEMO_PASSWORD });
    expect(accepted.role).toBe("admin");
  });

  it("fails the same way for a wrong password, an unknown account, a disabled one and one without a password", async () => {
    const db = await getDb();
    await db.insert(users).values({ email: "invited@example.test", name: "Invited", role: "officer" });
    await makeAccount("off@example.test", "resident", "the-right-password");
    await db.update(users).set({ disabled: true }).where(eq(users.email, "off@example.test"));
    const attempts = [
      { email: "admin@demo.test", password: "wrong-password" },
      { email: "nobody@demo.test", password: DEMO_PASSWORD },
      { email: "off@example.test", password: "the-right-password" },
      { email: "invited@example.test", password: "anything-at-all" },
    ];
    for (const attempt of attempts) {
      const error = await checkPassword(signedOut, attempt).catch((e) => e);
      expect(failureKey(error)).toBe("signInFailed");
    }
  });

  it("stores only a hash of the session id, and a challenge is used once", async () => {
    const { challenge } = await checkPassword(signedOut, { email: "resident@demo.test", password: DEMO_PASSWORD });
    const sessionId = await completeSignIn(signedOut, { challenge });
    const db = await getDb();
    expect(await db.select().from(sessions).where(eq(sessions.idHash, sessionId))).toHaveLength(0);
    expect(
      await db
        .select()
        .from(sessions)
        .where(eq(sessions.idHash, sessionKey(sessionId))),
    ).toHaveLength(1);
    expect(
      await db
        .select()
        .from(signInChallenges)
        .where(sql`${signInChallenges.tokenHash} = ${challenge}`),
    ).toHaveLength(0);
    const again = await completeSignIn(signedOut, { challenge }).catch((e) => e);
    expect(failureKey(again)).toBe("signInExpired");
  });

  it("refuses a challenge older than 5 minutes", async () => {
    const { challenge } = await checkPassword(signedOut, { email: "resident@demo.test", password: DEMO_PASSWORD });
    await (
      await getDb()
    )
      .update(signInChallenges)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(sql`true`);
    expect(failureKey(await completeSignIn(signedOut, { challenge }).catch((e) => e))).toBe("signInExpired");
  });
});

describe("the sign-in lockout", () => {
  it("pauses an address after 10 failures, even for the right password, and says nothing different", async () => {
    await makeAccount("lock@example.test", "resident", "correct-horse-battery");
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      const error = await checkPassword(signedOut, { email: "lock@example.test", password: `wrong-${i}` }).catch((e) => e);
      expect(failureKey(error)).toBe("signInFailed");
    }
    const locked = await checkPassword(signedOut, { email: "lock@example.test", password: "correct-horse-battery" }).catch((e) => e);
    expect(failureKey(locked)).toBe("signInFailed");

    // When the window has passed, the right password works again.
    await (
      await getDb()
    )
      .update(rateLimits)
      .set({ resetAt: sql`now() - interval '1 second'` })
      .where(eq(rateLimits.key, "sign-in:lock@example.test"));
    expect((await checkPassword(signedOut, { email: "lock@example.test", password: "correct-horse-battery" })).role).toBe("resident");
  });

  it("lets no more than 10 of 24 parallel attempts through to the password check", async () => {
    await makeAccount("race@example.test", "resident", "correct-horse-battery");
    // The right password every time: only the attempts the limit lets through can succeed.
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, () => checkPassword(signedOut, { email: "race@example.test", password: "correct-horse-battery" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(results.filter((r) => r.status === "rejected").map((r) => failureKey(r.reason))).toEqual(Array(14).fill("signInFailed"));
  });

  it("counts 24 parallel wrong passwords, all of them, and then refuses the right one", async () => {
    await makeAccount("race2@example.test", "resident", "correct-horse-battery");
    await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) => checkPassword(signedOut, { email: "race2@example.test", password: `wrong-${i}` })),
    );
    expect(await countOf(await getDb(), "sign-in:race2@example.test")).toBe(24);
    const error = await checkPassword(signedOut, { email: "race2@example.test", password: "correct-horse-battery" }).catch((e) => e);
    expect(failureKey(error)).toBe("signInFailed");
  });

  it("forgets an address's failures after a full sign-in", async () => {
    await makeAccount("forgive@example.test", "resident", "correct-horse-battery");
    for (let i = 0; i < 5; i++) await checkPassword(signedOut, { email: "forgive@example.test", password: "nope" }).catch(() => null);
    await signInFully("forgive@example.test", "correct-horse-battery");
    expect(await countOf(await getDb(), "sign-in:forgive@example.test")).toBe(0);
  });

  it("pauses a client address after 100 attempts, whatever the account", async () => {
    const db = await getDb();
    await db
      .insert(rateLimits)
      .values({ key: "sign-in-ip:198.51.100.9", hits: MAX_SIGN_INS_PER_IP, resetAt: sql`now() + interval '10 minutes'` });
    const error = await checkPassword(fromIp("198.51.100.9"), { email: "resident@demo.test", password: DEMO_PASSWORD }).catch((e) => e);
    expect(failureKey(error)).toBe("signInFailed");
    // Another address is not affected.
    expect((await checkPassword(fromIp("198.51.100.10"), { email: "resident@demo.test", password: DEMO_PASSWORD })).role).toBe("resident");
  });

  it("names each bad field of the form", async () => {
    const error = await checkPassword(signedOut, { email: "not-an-email", password: "" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ email: "email", password: "required" });
  });
});
