import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, officers, passwordTokens, users } from "@/db/schema";
import { createStaffAccount } from "@/domain/accounts/create-staff-account";
import { getAccount, listOfficerChoices, listUsers } from "@/domain/accounts/queries";
import { sendPasswordLink } from "@/domain/accounts/send-password-link";
import { findSessionActor } from "@/domain/accounts/sessions";
import { setUserDisabled } from "@/domain/accounts/set-user-disabled";
import { checkPassword } from "@/domain/accounts/sign-in";
import { unlockAccount } from "@/domain/accounts/unlock-account";
import { updateStaffAccount } from "@/domain/accounts/update-staff-account";
import type { Ctx } from "@/domain/context";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { countOf } from "@/domain/rate-limit";

import { lastMessageTo, makeAccount, signInFully, userByEmail } from "../helpers/accounts";
import { ctxFor, signedOut } from "../helpers/ctx";

const db = await getDb();
const otherRoles = ["resident@demo.test", "officer@demo.test", "moderator@demo.test"];
const auditsFor = (action: string, entityId?: number) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), entityId ? eq(auditLog.entityId, String(entityId)) : undefined));
const someOfficer = async (offset: number) =>
  (
    await db
      .select()
      .from(officers)
      .orderBy(officers.badgeNumber)
      .limit(1)
      .offset(200 + offset)
  )[0]!;

describe("creating a staff account", () => {
  it("links an officer account to its directory record, sets its unit, sends a link, and is audited", async () => {
    const officer = await someOfficer(0);
    const admin = await ctxFor("admin@demo.test", "203.0.113.20");
    const { userId } = await createStaffAccount(admin, {
      name: " 新民警 ",
      email: "New.Officer@Example.test",
      role: "officer",
      badgeNumber: officer.badgeNumber,
    });
    const user = await userByEmail("new.officer@example.test");
    expect(user).toMatchObject({
      id: userId,
      name: "新民警",
      role: "officer",
      officerId: officer.id,
      unitId: officer.unitId,
      passwordHash: null,
    });
    const message = await lastMessageTo("new.officer@example.test");
    expect(message?.template).toBe("account.invitation");
    // The link's token travels sealed; only its hash is stored.
    expect(message!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(message!.payload)).not.toContain(message!.token);
    const tokens = await db.select().from(passwordTokens).where(eq(passwordTokens.userId, userId));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).not.toBe(message!.token);
    const [audit] = await auditsFor("user.create", userId);
    expect(audit).toMatchObject({ actorRole: "admin", ip: "203.0.113.20", detail: { role: "officer", officerId: officer.id } });
    // No password yet: no sign-in.
    expect((await checkPassword(signedOut, { email: "new.officer@example.test", password: "anything-at-all" }).catch((e) => e)).key).toBe(
      "signInFailed",
    );
  });

  it("names the problems: an officer without a badge, an unknown badge, an officer who has an account, a taken address", async () => {
    const admin = await ctxFor("admin@demo.test");
    const fieldsOf = (input: Parameters<typeof createStaffAccount>[1]) =>
      createStaffAccount(admin, input).catch((e: ValidationError) => e.fieldErrors);
    expect(await fieldsOf({ name: "A", email: "a@example.test", role: "officer" })).toEqual({ badgeNumber: "officerNeedsBadge" });
    expect(await fieldsOf({ name: "A", email: "a@example.test", role: "officer", badgeNumber: "999999" })).toEqual({
      badgeNumber: "unknownBadge",
    });
    const linked = await db.select().from(users).where(eq(users.email, "officer@demo.test"));
    const [linkedOfficer] = await db.select().from(officers).where(eq(officers.id, linked[0]!.officerId!));
    expect(await fieldsOf({ name: "A", email: "a@example.test", role: "officer", badgeNumber: linkedOfficer!.badgeNumber })).toEqual({
      badgeNumber: "officerLinked",
    });
    expect(await fieldsOf({ name: "A", email: "Moderator@demo.test", role: "moderator" })).toEqual({ email: "emailTaken" });
    expect(await fieldsOf({ name: "A", email: "a@example.test", role: "resident" as "admin" })).toEqual({ role: "chooseRole" });
    expect(await db.select().from(users).where(eq(users.email, "a@example.test"))).toHaveLength(0);
  });

  it.each(otherRoles)("is refused for %s, and nothing is written", async (email) => {
    const error = await createStaffAccount(await ctxFor(email), { name: "X", email: "x@example.test", role: "admin" }).catch((e) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await db.select().from(users).where(eq(users.email, "x@example.test"))).toHaveLength(0);
    await expect(listOfficerChoices(await ctxFor(email))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("offers only officers without an account; editing an account, its own officer too", async () => {
    const officer = await someOfficer(40);
    const admin = await ctxFor("admin@demo.test");
    const badges = async (input?: { editing?: unknown }) => (await listOfficerChoices(admin, input)).map((o) => o.badgeNumber);
    expect(await badges()).toContain(officer.badgeNumber);
    const { userId } = await createStaffAccount(admin, {
      name: "选单民警",
      email: "choices.officer@example.test",
      role: "officer",
      badgeNumber: officer.badgeNumber,
    });
    expect(await badges()).not.toContain(officer.badgeNumber);
    expect(await badges({ editing: userId })).toContain(officer.badgeNumber);
    // Another account's form does not offer it either.
    expect(await badges({ editing: (await userByEmail("admin@demo.test"))!.id })).not.toContain(officer.badgeNumber);
  });

  it("is refused when signed out", async () => {
    await expect(createStaffAccount(signedOut, { name: "X", email: "x@example.test", role: "admin" })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });
});

describe("changing a staff account", () => {
  it("changes the role and officer, ends the sessions when the role changes, and audits what changed", async () => {
    const officer = await someOfficer(1);
    const account = await makeAccount("promote@example.test", "moderator");
    const sessionId = await signInFully("promote@example.test", "a-long-test-password");
    await updateStaffAccount(await ctxFor("admin@demo.test"), {
      userId: account.id,
      name: "Promoted",
      role: "officer",
      badgeNumber: officer.badgeNumber,
    });
    expect(await userByEmail("promote@example.test")).toMatchObject({ role: "officer", officerId: officer.id, unitId: officer.unitId });
    expect(await findSessionActor(sessionId)).toBeNull();
    const [audit] = await auditsFor("user.update", account.id);
    expect(audit!.detail).toEqual({
      changed: {
        role: ["moderator", "officer"],
        name: ["Test moderator", "Promoted"],
        officerId: [null, officer.id],
        unitId: [null, officer.unitId],
      },
    });
  });

  it("does not touch residents' accounts or an admin's own role", async () => {
    const admin = await ctxFor("admin@demo.test");
    const resident = await userByEmail("resident@demo.test");
    await expect(updateStaffAccount(admin, { userId: resident.id, name: "R", role: "admin" })).rejects.toBeInstanceOf(ConflictError);
    const self = await updateStaffAccount(admin, { userId: admin.actor!.userId, name: "Me", role: "moderator" }).catch((e) => e);
    expect(self.key).toBe("notYourself");
    expect((await userByEmail("admin@demo.test")).role).toBe("admin");
  });

  it.each(otherRoles)("is refused for %s", async (email) => {
    const target = await userByEmail("officer@demo.test");
    await expect(updateStaffAccount(await ctxFor(email), { userId: target.id, name: "X", role: "admin" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await userByEmail("officer@demo.test")).role).toBe("officer");
    expect(await auditsFor("user.update", target.id)).toHaveLength(0);
  });
});

describe("the last active admin", () => {
  async function twoAdmins(prefix: string): Promise<[Ctx, Ctx]> {
    // Only these two are active admins: the demo admin is disabled for the test.
    await db
      .update(users)
      .set({ disabled: true })
      .where(and(eq(users.role, "admin")));
    await makeAccount(`${prefix}-a@example.test`, "admin");
    await makeAccount(`${prefix}-b@example.test`, "admin");
    return [await ctxFor(`${prefix}-a@example.test`), await ctxFor(`${prefix}-b@example.test`)];
  }
  const activeAdmins = async () =>
    (
      await db
        .select()
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
    ).map((u) => u.email);

  it("survives two admins demoting each other at the same moment", async () => {
    const [a, b] = await twoAdmins("demote");
    const results = await Promise.allSettled([
      updateStaffAccount(a, { userId: b.actor!.userId, name: "B", role: "moderator" }),
      updateStaffAccount(b, { userId: a.actor!.userId, name: "A", role: "moderator" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason.key).toBe("lastAdmin");
    expect(await activeAdmins()).toHaveLength(1);
  });

  it("survives two admins disabling each other at the same moment", async () => {
    const [a, b] = await twoAdmins("disable");
    const results = await Promise.allSettled([
      setUserDisabled(a, { userId: b.actor!.userId, disabled: "true" }),
      setUserDisabled(b, { userId: a.actor!.userId, disabled: "true" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins()).toHaveLength(1);
  });

  it("can be neither disabled nor demoted by themselves", async () => {
    const [a] = await twoAdmins("self");
    expect((await setUserDisabled(a, { userId: a.actor!.userId, disabled: "true" }).catch((e) => e)).key).toBe("notYourself");
    expect((await updateStaffAccount(a, { userId: a.actor!.userId, name: "A", role: "moderator" }).catch((e) => e)).key).toBe(
      "notYourself",
    );
  });
});

describe("other admin actions on an account", () => {
  it("disabling and enabling are audited, and refused for every role but admin", async () => {
    const account = await makeAccount("switch@example.test", "officer");
    for (const email of otherRoles) {
      await expect(setUserDisabled(await ctxFor(email), { userId: account.id, disabled: "true" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await userByEmail("switch@example.test")).disabled).toBe(false);
    const admin = await ctxFor("admin@demo.test");
    await setUserDisabled(admin, { userId: account.id, disabled: "true" });
    await setUserDisabled(admin, { userId: account.id, disabled: "false" });
    expect(await auditsFor("user.disable", account.id)).toHaveLength(1);
    expect(await auditsFor("user.enable", account.id)).toHaveLength(1);
  });

  it("sends a password link (an invitation before the first password, a reset after), audited; refused for other roles", async () => {
    const invited = await createStaffAccount(await ctxFor("admin@demo.test"), {
      name: "Inv",
      email: "inv@example.test",
      role: "moderator",
    });
    const first = (await lastMessageTo("inv@example.test"))!.token;
    for (const email of otherRoles) {
      await expect(sendPasswordLink(await ctxFor(email), { userId: invited.userId })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await sendPasswordLink(await ctxFor("admin@demo.test"), { userId: invited.userId });
    const second = await lastMessageTo("inv@example.test");
    expect(second!.template).toBe("account.invitation");
    expect(second!.token).not.toBe(first);
    // Only the newest link counts.
    expect(await db.select().from(passwordTokens).where(eq(passwordTokens.userId, invited.userId))).toHaveLength(1);
    const withPassword = await makeAccount("has-password@example.test", "officer");
    await sendPasswordLink(await ctxFor("admin@demo.test"), { userId: withPassword.id });
    expect((await lastMessageTo("has-password@example.test"))!.template).toBe("account.password_reset");
    expect(await auditsFor("user.password_link", invited.userId)).toHaveLength(1);
  });

  it("lifts a lockout, audited; refused for other roles", async () => {
    const account = await makeAccount("locked-out@example.test", "officer");
    for (let i = 0; i < 11; i++)
      await checkPassword(signedOut, { email: "locked-out@example.test", password: `wrong-${i}` }).catch(() => null);
    const admin = await ctxFor("admin@demo.test");
    expect((await getAccount(admin, { userId: account.id })).locked).toBe(true);
    for (const email of otherRoles) {
      await expect(unlockAccount(await ctxFor(email), { userId: account.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await unlockAccount(admin, { userId: account.id });
    expect(await countOf(db, "sign-in:locked-out@example.test")).toBe(0);
    expect((await getAccount(admin, { userId: account.id })).locked).toBe(false);
    expect(await auditsFor("user.unlock", account.id)).toHaveLength(1);
  });
});

describe("the accounts list", () => {
  it("lists staff accounts to admins, finds any account by search, and is refused to others", async () => {
    const admin = await ctxFor("admin@demo.test");
    const staff = (await listUsers(admin)).map((u) => u.email);
    expect(staff).toEqual(expect.arrayContaining(["admin@demo.test", "moderator@demo.test", "officer@demo.test"]));
    expect(staff).not.toContain("resident@demo.test");
    expect((await listUsers(admin, { q: "resident@" })).map((u) => u.email)).toEqual(["resident@demo.test"]);
    expect(await listUsers(admin, { q: "%" })).toEqual([]);
    for (const email of otherRoles) await expect(listUsers(await ctxFor(email))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
