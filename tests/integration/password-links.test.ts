import { spawnSync } from "node:child_process";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, outbox, passwordTokens, rateLimits, users } from "@/db/schema";
import { DEMO_PASSWORD, retireDemoPasswords } from "@/db/seed/demo";
import { changePassword } from "@/domain/accounts/change-password";
import { describePasswordLink, requestPasswordReset, setPasswordWithLink } from "@/domain/accounts/password-links";
import { findSessionActor } from "@/domain/accounts/sessions";
import { checkPassword } from "@/domain/accounts/sign-in";
import { signUp } from "@/domain/accounts/sign-up";
import { RateLimitedError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { renderTemplate } from "@/domain/notifications/templates";
import { countOf } from "@/domain/rate-limit";
import { verifyPassword } from "@/lib/core/password";
import { tokenHash } from "@/lib/core/secrets";

import { lastMessageTo, makeAccount, messagesTo, signInFully, userByEmail } from "../helpers/accounts";
import { ctxFor, signedOut } from "../helpers/ctx";

const db = await getDb();
const fromIp = (ip: string) => ({ ...signedOut, ip });
const NEW_PASSWORD = "river stone lantern 7";
const setWith = (token: string, password = NEW_PASSWORD) => setPasswordWithLink(signedOut, { token, password, confirmPassword: password });

describe("password links", () => {
  it("a link opens once, stores only its hash, sets the password, ends sessions and lifts a lockout", async () => {
    await makeAccount("forgetful@example.test", "resident", "old-password-long");
    const session = await signInFully("forgetful@example.test", "old-password-long");
    for (let i = 0; i < 3; i++) await checkPassword(signedOut, { email: "forgetful@example.test", password: "nope" }).catch(() => null);
    await requestPasswordReset(signedOut, { email: "Forgetful@Example.test" });
    const { token, template } = (await lastMessageTo("forgetful@example.test"))!;
    expect(template).toBe("account.password_reset");
    expect(await db.select().from(passwordTokens).where(eq(passwordTokens.tokenHash, token!))).toHaveLength(0);
    expect(
      await db
        .select()
        .from(passwordTokens)
        .where(eq(passwordTokens.tokenHash, tokenHash(token!))),
    ).toHaveLength(1);
    expect(await describePasswordLink(token!)).toMatchObject({ valid: true, email: "forgetful@example.test", firstPassword: false });

    await setWith(token!);
    expect(await verifyPassword((await userByEmail("forgetful@example.test")).passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await findSessionActor(session)).toBeNull();
    expect(await countOf(db, "sign-in:forgetful@example.test")).toBe(0);
    expect((await lastMessageTo("forgetful@example.test"))!.template).toBe("account.password_changed");
    const user = await userByEmail("forgetful@example.test");
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "user.password_set"), eq(auditLog.entityId, String(user.id)))),
    ).toHaveLength(1);

    // Single use.
    expect(await describePasswordLink(token!)).toEqual({ valid: false });
    expect((await setWith(token!, "another password 99").catch((e) => e)).key).toBe("linkExpired");
  });

  it("a link older than 24 hours opens nothing", async () => {
    await makeAccount("late@example.test", "resident");
    await requestPasswordReset(signedOut, { email: "late@example.test" });
    const { token } = (await lastMessageTo("late@example.test"))!;
    await db
      .update(passwordTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordTokens.tokenHash, tokenHash(token!)));
    expect(await describePasswordLink(token!)).toEqual({ valid: false });
    expect((await setWith(token!).catch((e) => e)).key).toBe("linkExpired");
  });

  it("of two links, only the newest works", async () => {
    await makeAccount("twice@example.test", "resident");
    await requestPasswordReset(signedOut, { email: "twice@example.test" });
    const first = (await lastMessageTo("twice@example.test"))!.token!;
    await requestPasswordReset(signedOut, { email: "twice@example.test" });
    const second = (await lastMessageTo("twice@example.test"))!.token!;
    expect((await setWith(first).catch((e) => e)).key).toBe("linkExpired");
    await setWith(second);
  });

  it("refuses a weak password by naming the field, and keeps the link usable", async () => {
    await makeAccount("weak@example.test", "resident");
    await requestPasswordReset(signedOut, { email: "weak@example.test" });
    const { token } = (await lastMessageTo("weak@example.test"))!;
    expect((await setWith(token!, "short").catch((e) => e)).fieldErrors).toEqual({ password: "passwordShort" });
    expect((await setWith(token!, "Qwerty123456").catch((e) => e)).fieldErrors).toEqual({ password: "passwordCommon" });
    expect((await setWith(token!, "weak@example.test").catch((e) => e)).fieldErrors).toEqual({ password: "passwordIsEmail" });
    expect(
      (await setPasswordWithLink(signedOut, { token: token!, password: NEW_PASSWORD, confirmPassword: "x" }).catch((e) => e)).fieldErrors,
    ).toEqual({
      confirmPassword: "passwordMismatch",
    });
    await setWith(token!);
  });

  it("renders the link in the message from the sealed token, in both languages", async () => {
    await makeAccount("rendered@example.test", "resident");
    await requestPasswordReset(signedOut, { email: "rendered@example.test" });
    const message = (await lastMessageTo("rendered@example.test"))!;
    const { subject, text } = renderTemplate(message.template, message.payload, "https://police.example");
    expect(subject).toContain("Reset your password");
    expect(text).toContain(`https://police.example/password/${message.token}`);
    expect(text.indexOf("重置")).toBeLessThan(text.indexOf("Someone"));
  });
});

describe("forgot password", () => {
  it("answers the same for an unknown address and writes nothing to the outbox", async () => {
    const before = await db.select().from(outbox);
    await expect(requestPasswordReset(signedOut, { email: "nobody-here@example.test" })).resolves.toBeUndefined();
    await expect(requestPasswordReset(signedOut, { email: "resident@demo.test" })).resolves.toBeUndefined();
    const after = await db.select().from(outbox);
    expect(after.length - before.length).toBe(1);
    expect(await messagesTo("nobody-here@example.test")).toHaveLength(0);
  });

  it("sends at most 3 links an hour to one address, silently", async () => {
    await makeAccount("flooded@example.test", "resident");
    for (let i = 0; i < 5; i++) await requestPasswordReset(fromIp("198.51.100.31"), { email: "flooded@example.test" });
    expect(await messagesTo("flooded@example.test", "account.password_reset")).toHaveLength(3);
  });

  it("limits one client address, whatever the addresses asked for", async () => {
    await db.insert(rateLimits).values({ key: "password-reset-ip:198.51.100.30", hits: 10, resetAt: sql`now() + interval '30 minutes'` });
    await expect(requestPasswordReset(fromIp("198.51.100.30"), { email: "resident@demo.test" })).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("changing one's password", () => {
  it("needs the current password, counts wrong ones toward the lockout, and tells the owner", async () => {
    await makeAccount("change@example.test", "officer", "current-password-1");
    const ctx = await ctxFor("change@example.test");
    const wrong = await changePassword(ctx, { currentPassword: "not-it", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }).catch(
      (e) => e,
    );
    expect(wrong.fieldErrors).toEqual({ currentPassword: "currentPasswordWrong" });
    expect(await countOf(db, "sign-in:change@example.test")).toBe(1);
    const common = await changePassword(ctx, {
      currentPassword: "current-password-1",
      newPassword: "1qaz2wsx3edc",
      confirmPassword: "1qaz2wsx3edc",
    }).catch((e) => e);
    expect(common.fieldErrors).toEqual({ newPassword: "passwordCommon" });
    await changePassword(ctx, { currentPassword: "current-password-1", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await verifyPassword((await userByEmail("change@example.test")).passwordHash, NEW_PASSWORD)).toBe(true);
    expect((await lastMessageTo("change@example.test"))!.template).toBe("account.password_changed");
  });

  it("is refused when signed out", async () => {
    await expect(
      changePassword(signedOut, { currentPassword: "a", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("signing up", () => {
  it("answers the same for a new and a taken address: a link to the new one, a notice to the owner", async () => {
    await expect(signUp(signedOut, { name: "新居民", email: "Fresh@Example.test" })).resolves.toBeUndefined();
    await expect(signUp(signedOut, { name: "Someone else", email: "resident@demo.test" })).resolves.toBeUndefined();

    const fresh = await userByEmail("fresh@example.test");
    expect(fresh).toMatchObject({ role: "resident", name: "新居民", passwordHash: null });
    const welcome = (await lastMessageTo("fresh@example.test"))!;
    expect(welcome.template).toBe("account.welcome");
    await setWith(welcome.token!);
    expect(await signInFully("fresh@example.test", NEW_PASSWORD)).toBeTruthy();

    const owner = await userByEmail("resident@demo.test");
    expect(owner.name).toBe("张居民");
    expect(await verifyPassword(owner.passwordHash, DEMO_PASSWORD)).toBe(true);
    const notice = (await lastMessageTo("resident@demo.test"))!;
    expect(notice.template).toBe("account.sign_up_attempt");
    expect(notice.token).toBeNull();
  });

  it("sends a fresh link to an address that never finished signing up", async () => {
    await signUp(signedOut, { name: "Slow", email: "slow@example.test" });
    const first = (await lastMessageTo("slow@example.test"))!.token;
    await signUp(signedOut, { name: "Slow", email: "slow@example.test" });
    const second = await lastMessageTo("slow@example.test");
    expect(second!.template).toBe("account.welcome");
    expect(second!.token).not.toBe(first);
  });

  it("limits sign-ups per client address", async () => {
    await db.insert(rateLimits).values({ key: "sign-up-ip:198.51.100.40", hits: 20, resetAt: sql`now() + interval '30 minutes'` });
    await expect(signUp(fromIp("198.51.100.40"), { name: "X", email: "limited@example.test" })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.select().from(users).where(eq(users.email, "limited@example.test"))).toHaveLength(0);
  });

  it("names each bad field", async () => {
    const error = await signUp(signedOut, { name: "", email: "bad" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ name: "required", email: "email" });
  });
});

describe("the first admin, from the console", () => {
  it("with the demo off, no demo account keeps the published password", async () => {
    expect(await retireDemoPasswords(db)).toBeGreaterThan(0);
    for (const email of ["admin@demo.test", "moderator@demo.test", "officer@demo.test", "resident@demo.test"]) {
      expect((await userByEmail(email)).passwordHash).toBeNull();
    }
    expect((await checkPassword(signedOut, { email: "admin@demo.test", password: DEMO_PASSWORD }).catch((e) => e)).key).toBe(
      "signInFailed",
    );
  });

  it("npm run admin:create makes an admin without a password and prints a one-time link that works", () => {
    const run = (...args: string[]) =>
      spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/admin-create.ts", ...args], {
        encoding: "utf8",
        env: { ...process.env, DEMO_DATA: "off", AUTH_URL: "https://police.example/", LOG_LEVEL: "silent" },
        timeout: 60_000,
      });
    const created = run("--email", "Chief.Admin@Example.test", "--name", "首任管理员");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    const link = created.stdout.match(/https:\/\/police\.example\/password\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();
    expect(created.stdout).toContain("Admin account created");
    return (async () => {
      const admin = await userByEmail("chief.admin@example.test");
      expect(admin).toMatchObject({ role: "admin", passwordHash: null, disabled: false });
      await setWith(link![1]!);
      expect(await signInFully("chief.admin@example.test", NEW_PASSWORD)).toBeTruthy();
      const missingName = run("--email", "nobody-yet@example.test");
      expect(missingName.status).toBe(1);
      expect(missingName.stderr).toContain("--name");
    })();
  }, 120_000);
});
