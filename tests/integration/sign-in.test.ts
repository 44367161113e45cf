import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { authenticate, MAX_FAILED_SIGN_INS } from "@/domain/accounts/authenticate";
import { signUp } from "@/domain/accounts/sign-up";
import { ValidationError } from "@/domain/errors";

import { signedOut } from "../helpers/ctx";

describe("sign-in", () => {
  it("signs in each demo role with the demo password", async () => {
    for (const [email, role] of [
      ["admin@demo.test", "admin"],
      ["moderator@demo.test", "moderator"],
      ["officer@demo.test", "officer"],
      ["resident@demo.test", "resident"],
    ] as const) {
      const actor = await authenticate(signedOut, { email, password: DEMO_PASSWORD });
      expect(actor?.role).toBe(role);
    }
  });

  it("accepts the email in any case and with spaces around it", async () => {
    const actor = await authenticate(signedOut, { email: "  Admin@Demo.TEST ", password: DEMO_PASSWORD });
    expect(actor?.role).toBe("admin");
  });

  it("fails the same way for a wrong password and an unknown account", async () => {
    expect(await authenticate(signedOut, { email: "admin@demo.test", password: "wrong-password" })).toBeNull();
    expect(await authenticate(signedOut, { email: "nobody@demo.test", password: DEMO_PASSWORD })).toBeNull();
    expect(await authenticate(signedOut, { email: "not-an-email", password: "" })).toBeNull();
  });

  it("locks an account for 15 minutes after 10 failures, even for the right password", async () => {
    const { userId } = await signUp(signedOut, {
      name: "Lock Test",
      email: "lock@example.test",
      password: "correct-horse-1",
      confirmPassword: "correct-horse-1",
    });
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) {
      expect(await authenticate(signedOut, { email: "lock@example.test", password: `wrong-${i}` })).toBeNull();
    }
    // Nine failures: still allowed.
    const db = await getDb();
    const [before] = await db.select().from(users).where(eq(users.id, userId));
    expect(before?.lockedUntil).toBeNull();
    expect(await authenticate(signedOut, { email: "lock@example.test", password: "wrong-10" })).toBeNull();

    const [locked] = await db.select().from(users).where(eq(users.id, userId));
    const minutes = (locked!.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await authenticate(signedOut, { email: "lock@example.test", password: "correct-horse-1" })).toBeNull();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.lock"), eq(auditLog.entityId, String(userId))));
    expect(audits).toHaveLength(1);

    // When the lock has run out, the right password works again.
    await db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, userId));
    expect((await authenticate(signedOut, { email: "lock@example.test", password: "correct-horse-1" }))?.userId).toBe(userId);
  });

  it("resets the failure count after a successful sign-in", async () => {
    await signUp(signedOut, {
      name: "Reset",
      email: "reset@example.test",
      password: "correct-horse-2",
      confirmPassword: "correct-horse-2",
    });
    for (let i = 0; i < 5; i++) await authenticate(signedOut, { email: "reset@example.test", password: "nope" });
    await authenticate(signedOut, { email: "reset@example.test", password: "correct-horse-2" });
    const [row] = await (await getDb()).select().from(users).where(eq(users.email, "reset@example.test"));
    expect(row?.failedSignIns).toBe(0);
  });

  it("refuses a disabled account", async () => {
    const db = await getDb();
    await db.update(users).set({ disabled: true }).where(eq(users.email, "moderator@demo.test"));
    expect(await authenticate(signedOut, { email: "moderator@demo.test", password: DEMO_PASSWORD })).toBeNull();
  });
});

describe("sign-up", () => {
  it("creates a resident with an argon2id hash", async () => {
    const { userId } = await signUp(signedOut, {
      name: "新居民",
      email: "New@Example.test",
      password: "long-enough-1",
      confirmPassword: "long-enough-1",
    });
    const [row] = await (await getDb()).select().from(users).where(eq(users.id, userId));
    expect(row?.role).toBe("resident");
    expect(row?.email).toBe("new@example.test");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("names each bad field", async () => {
    const error = await signUp(signedOut, { name: "", email: "bad", password: "short", confirmPassword: "other" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ name: "required", email: "email", password: "passwordShort", confirmPassword: "passwordMismatch" });
  });

  it("refuses a second account for the same email", async () => {
    const input = { name: "Twice", email: "twice@example.test", password: "long-enough-2", confirmPassword: "long-enough-2" };
    await signUp(signedOut, input);
    const error = await signUp(signedOut, { ...input, email: "TWICE@example.test" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ email: "emailTaken" });
  });
});
