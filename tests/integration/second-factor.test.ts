import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, rateLimits, recoveryCodes, sessions, settings, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { resetSecondFactor } from "@/domain/accounts/reset-second-factor";
import { confirmEnrolment, getSecondFactorStatus, renewRecoveryCodes, startEnrolment } from "@/domain/accounts/second-factor/enrolment";
import { currentTotpCode } from "@/domain/accounts/second-factor/totp";
import { updateSecuritySettings } from "@/domain/accounts/security-settings";
import { findSessionActor, sessionKey } from "@/domain/accounts/sessions";
import { checkPassword, completeSignIn, MAX_CODE_ATTEMPTS } from "@/domain/accounts/sign-in";
import type { Ctx } from "@/domain/context";
import { ConflictError, ForbiddenError, SecondFactorRequiredError, ValidationError } from "@/domain/errors";
import { requirePermission } from "@/domain/permissions";

import { lastMessageTo, makeAccount, signInFully } from "../helpers/accounts";
import { ctxFor, signedOut } from "../helpers/ctx";

const db = await getDb();
const PASSWORD = "a-long-test-password";
const THIRTY_SECONDS = 30_000;

/** Signs in with the password only and returns the context of that session. */
async function sessionCtx(email: string): Promise<Ctx & { sessionId: string }> {
  const sessionId = await signInFully(email, PASSWORD);
  return { actor: (await findSessionActor(sessionId))!, ip: "127.0.0.1", locale: "en", sessionId };
}

/** Enrols an account through its own pages' functions; returns the secret and the recovery codes. */
async function enrol(email: string) {
  const ctx = await sessionCtx(email);
  await startEnrolment(ctx);
  const { pending } = await getSecondFactorStatus(ctx);
  const codes = await confirmEnrolment(ctx, { code: currentTotpCode(pending!.secret) });
  // The enrolment used this step's code: sign-ins in the test use the next step's.
  return { secret: pending!.secret, codes, ctx };
}
const nextCode = (secret: string) => currentTotpCode(secret, Date.now() + THIRTY_SECONDS);

describe("setting up the second factor", () => {
  it("a new moderator must enrol before any staff permission, and their own account stays open", async () => {
    await makeAccount("new-mod@example.test", "moderator");
    const ctx = await sessionCtx("new-mod@example.test");
    expect(ctx.actor!.secondFactor).toBe("required");
    expect(() => requirePermission(ctx, "request.triage")).toThrow(SecondFactorRequiredError);
    expect(() => requirePermission(ctx, "account.secondFactor")).not.toThrow();
  });

  it("shows a secret, confirms it with a code, and gives 10 recovery codes kept only as hashes", async () => {
    await makeAccount("enrol@example.test", "admin");
    const ctx = await sessionCtx("enrol@example.test");
    await startEnrolment(ctx);
    const { pending, enrolled } = await getSecondFactorStatus(ctx);
    expect(enrolled).toBe(false);
    expect(pending!.uri).toMatch(/^otpauth:\/\/totp\/Safe%20City:enrol%40example\.test\?/);
    const [stored] = await db.select().from(users).where(eq(users.email, "enrol@example.test"));
    expect(stored!.mfaSecret).not.toContain(pending!.secret);

    const wrong = await confirmEnrolment(ctx, { code: "000000" }).catch((e) => e);
    expect(wrong).toBeInstanceOf(ValidationError);
    const codes = await confirmEnrolment(ctx, { code: currentTotpCode(pending!.secret) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const hashes = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, stored!.id));
    expect(hashes).toHaveLength(10);
    for (const code of codes) expect(JSON.stringify(hashes)).not.toContain(code.replace("-", ""));
    // This session gave the code: the staff area opens without signing in again.
    expect((await findSessionActor(ctx.sessionId))!.secondFactor).toBe("verified");
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.second_factor_enrol"), eq(auditLog.entityId, String(stored!.id))));
    expect(audits).toHaveLength(1);
    await expect(startEnrolment(ctx)).rejects.toBeInstanceOf(ConflictError);
  });

  it("is not offered to residents", async () => {
    await expect(startEnrolment(await ctxFor("resident@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exempts the demo's admin and moderator while the demo is on, and officers unless admins require it", async () => {
    const admin = (await findSessionActor(await signInFully("admin@demo.test", DEMO_PASSWORD)))!;
    expect(admin.secondFactor).toBe("demo-exempt");
    await makeAccount("plain-officer@example.test", "officer");
    expect((await sessionCtx("plain-officer@example.test")).actor!.secondFactor).toBe("optional");
    await updateSecuritySettings(await ctxFor("admin@demo.test"), { officersNeedSecondFactor: "on" });
    const officer = await sessionCtx("plain-officer@example.test");
    expect(officer.actor!.secondFactor).toBe("required");
    expect(() => requirePermission(officer, "request.view")).toThrow(SecondFactorRequiredError);
    await updateSecuritySettings(await ctxFor("admin@demo.test"), {});
    expect((await sessionCtx("plain-officer@example.test")).actor!.secondFactor).toBe("optional");
  });

  it("the officers setting is refused for every role but admin, and audited", async () => {
    for (const email of ["resident@demo.test", "officer@demo.test", "moderator@demo.test"]) {
      await expect(updateSecuritySettings(await ctxFor(email), { officersNeedSecondFactor: "on" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const [row] = await db.select().from(settings).where(eq(settings.key, "security"));
    const saved: unknown = row?.value ?? { officersNeedSecondFactor: false };
    expect(saved).toStrictEqual({ officersNeedSecondFactor: false });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "settings.update"), eq(auditLog.entityId, "security")));
    expect(audits.length).toBeGreaterThan(0);
  });
});

describe("signing in with the second factor", () => {
  it("asks for the code after the password, and opens a verified session with it", async () => {
    await makeAccount("coded@example.test", "moderator");
    const { secret } = await enrol("coded@example.test");
    const { challenge, needsCode } = await checkPassword(signedOut, { email: "coded@example.test", password: PASSWORD });
    expect(needsCode).toBe(true);
    expect(await completeSignIn(signedOut, { challenge }).catch((e) => e.fieldErrors)).toEqual({ code: "required" });
    expect(await completeSignIn(signedOut, { challenge, code: "123456" }).catch((e) => e.fieldErrors)).toEqual({
      code: "secondFactorWrong",
    });
    const sessionId = await completeSignIn(signedOut, { challenge, code: nextCode(secret) });
    expect((await findSessionActor(sessionId))!.secondFactor).toBe("verified");
    const [row] = await db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, sessionKey(sessionId)));
    expect(row!.mfaVerified).toBe(true);
  });

  it("refuses the same code a second time", async () => {
    await makeAccount("replay@example.test", "admin");
    const { secret } = await enrol("replay@example.test");
    const code = nextCode(secret);
    await signInFully("replay@example.test", PASSWORD, code);
    const again = await signInFully("replay@example.test", PASSWORD, code).catch((e) => e);
    expect(again.fieldErrors).toEqual({ code: "secondFactorWrong" });
  });

  it("accepts each recovery code once, in any case and spacing, and audits its use", async () => {
    await makeAccount("recover@example.test", "admin");
    const { codes } = await enrol("recover@example.test");
    const sessionId = await signInFully("recover@example.test", PASSWORD, codes[0]!.toUpperCase().replace("-", " "));
    expect((await findSessionActor(sessionId))!.secondFactor).toBe("verified");
    const again = await signInFully("recover@example.test", PASSWORD, codes[0]!).catch((e) => e);
    expect(again.fieldErrors).toEqual({ code: "secondFactorWrong" });
    expect(await signInFully("recover@example.test", PASSWORD, codes[1]!)).toBeTruthy();
    const user = (await db.select().from(users).where(eq(users.email, "recover@example.test")))[0]!;
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.recovery_code_used"), eq(auditLog.entityId, String(user.id))));
    expect(audits).toHaveLength(2);
    expect((await getSecondFactorStatus(await ctxFor("recover@example.test"))).recoveryCodesLeft).toBe(8);
  });

  it("new recovery codes replace the old ones, after a code from the app", async () => {
    await makeAccount("renew@example.test", "admin");
    const { secret, codes, ctx } = await enrol("renew@example.test");
    await expect(renewRecoveryCodes(ctx, { code: "000000" })).rejects.toBeInstanceOf(ValidationError);
    const fresh = await renewRecoveryCodes(ctx, { code: nextCode(secret) });
    expect(fresh).toHaveLength(10);
    expect((await signInFully("renew@example.test", PASSWORD, codes[0]!).catch((e) => e)).fieldErrors).toEqual({
      code: "secondFactorWrong",
    });
    expect(await signInFully("renew@example.test", PASSWORD, fresh[0]!)).toBeTruthy();
  });

  it("a challenge takes 5 codes at most", async () => {
    await makeAccount("five@example.test", "admin");
    const { secret } = await enrol("five@example.test");
    const { challenge } = await checkPassword(signedOut, { email: "five@example.test", password: PASSWORD });
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) await completeSignIn(signedOut, { challenge, code: "111111" }).catch(() => null);
    const error = await completeSignIn(signedOut, { challenge, code: nextCode(secret) }).catch((e) => e);
    expect(error.key).toBe("signInExpired");
  });

  it("wrong codes count toward the address's lockout", async () => {
    await makeAccount("guess@example.test", "admin");
    await enrol("guess@example.test");
    // Two challenges of 5 wrong codes each, plus their two passwords: 12 failures of 10 allowed.
    for (let round = 0; round < 2; round++) {
      const { challenge } = await checkPassword(signedOut, { email: "guess@example.test", password: PASSWORD }).catch(() => ({
        challenge: "x".repeat(43),
      }));
      for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) await completeSignIn(signedOut, { challenge, code: "222222" }).catch(() => null);
    }
    const locked = await checkPassword(signedOut, { email: "guess@example.test", password: PASSWORD }).catch((e) => e);
    expect(locked.key).toBe("signInFailed");
    const [counter] = await db.select().from(rateLimits).where(eq(rateLimits.key, "sign-in:guess@example.test"));
    expect(counter!.hits).toBeGreaterThan(10);
  });
});

describe("an admin resets another account's second factor", () => {
  it("removes the secret and the codes, ends the sessions, tells the person, and is audited", async () => {
    await makeAccount("lost-phone@example.test", "moderator");
    const { secret } = await enrol("lost-phone@example.test");
    const sessionId = await signInFully("lost-phone@example.test", PASSWORD, nextCode(secret));
    const user = (await db.select().from(users).where(eq(users.email, "lost-phone@example.test")))[0]!;
    await resetSecondFactor(await ctxFor("admin@demo.test", "203.0.113.8"), { userId: user.id });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ mfaSecret: null, mfaEnabledAt: null });
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
    expect(await findSessionActor(sessionId)).toBeNull();
    expect((await lastMessageTo("lost-phone@example.test"))?.template).toBe("account.second_factor_reset");
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.second_factor_reset"), eq(auditLog.entityId, String(user.id))));
    expect(audit).toMatchObject({ actorRole: "admin", ip: "203.0.113.8" });
    // Signing in again needs only the password, and then enrolment before the staff area.
    const next = await sessionCtx("lost-phone@example.test");
    expect(next.actor!.secondFactor).toBe("required");
  });

  it("is refused for every role but admin, and for one's own account", async () => {
    await makeAccount("keep-phone@example.test", "moderator");
    await enrol("keep-phone@example.test");
    const user = (await db.select().from(users).where(eq(users.email, "keep-phone@example.test")))[0]!;
    for (const email of ["resident@demo.test", "officer@demo.test", "moderator@demo.test"]) {
      await expect(resetSecondFactor(await ctxFor(email), { userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const admin = await ctxFor("admin@demo.test");
    await expect(resetSecondFactor(admin, { userId: admin.actor!.userId })).rejects.toBeInstanceOf(ConflictError);
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after!.mfaEnabledAt).not.toBeNull();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.second_factor_reset"), eq(auditLog.entityId, String(user.id))));
    expect(audits).toHaveLength(0);
  });
});
