import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { findActiveActor, listAuditEntries, listUsers } from "@/domain/accounts/queries";
import { setUserDisabled } from "@/domain/accounts/set-user-disabled";
import { signOutEverywhere, signOutUserEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "@/domain/errors";

import { ctxFor, signedOut } from "../helpers/ctx";

async function userRow(email: string) {
  const [row] = await (await getDb()).select().from(users).where(eq(users.email, email));
  return row!;
}

describe("sessions are checked against the database", () => {
  it("accepts a session whose version is current and refuses an old one", async () => {
    const resident = await userRow("resident@demo.test");
    expect(await findActiveActor(resident.id, resident.sessionVersion)).toMatchObject({ role: "resident" });
    await signOutEverywhere(await ctxFor("resident@demo.test"));
    expect(await findActiveActor(resident.id, resident.sessionVersion)).toBeNull();
    expect(await findActiveActor(resident.id, resident.sessionVersion + 1)).toMatchObject({ role: "resident" });
  });

  it("refuses sign out everywhere when signed out", async () => {
    await expect(signOutEverywhere(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("disabling an account", () => {
  it("ends its sessions at once and is audited", async () => {
    const admin = await ctxFor("admin@demo.test", "203.0.113.7");
    const officer = await userRow("officer@demo.test");
    await setUserDisabled(admin, { userId: String(officer.id), disabled: "true" });
    expect(await findActiveActor(officer.id, officer.sessionVersion)).toBeNull();
    expect(await findActiveActor(officer.id, officer.sessionVersion + 1)).toBeNull();
    const [entry] = await (await getDb()).select().from(auditLog).where(eq(auditLog.action, "user.disable"));
    expect(entry).toMatchObject({
      actorId: admin.actor!.userId,
      actorRole: "admin",
      entity: "user",
      entityId: String(officer.id),
      ip: "203.0.113.7",
    });

    await setUserDisabled(admin, { userId: String(officer.id), disabled: "false" });
    expect(await findActiveActor(officer.id, officer.sessionVersion + 2)).toMatchObject({ role: "officer" });
  });

  it.each(["resident@demo.test", "officer@demo.test", "moderator@demo.test"])("is refused for %s", async (email) => {
    const target = await userRow("resident@demo.test");
    const error = await setUserDisabled(await ctxFor(email), { userId: String(target.id), disabled: "true" }).catch((e) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((await userRow("resident@demo.test")).disabled).toBe(false);
  });

  it("is refused when signed out", async () => {
    await expect(setUserDisabled(signedOut, { userId: "1", disabled: "true" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("cannot lock an admin out of their own account", async () => {
    const admin = await ctxFor("admin@demo.test");
    await expect(setUserDisabled(admin, { userId: String(admin.actor!.userId), disabled: "true" })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("signing another user out everywhere", () => {
  it("is audited for an admin", async () => {
    const target = await userRow("moderator@demo.test");
    await signOutUserEverywhere(await ctxFor("admin@demo.test"), { userId: target.id });
    expect((await userRow("moderator@demo.test")).sessionVersion).toBe(target.sessionVersion + 1);
    const entries = await (await getDb()).select().from(auditLog).where(eq(auditLog.action, "user.sign_out_everywhere"));
    expect(entries.map((e) => e.entityId)).toContain(String(target.id));
  });

  it.each(["resident@demo.test", "officer@demo.test", "moderator@demo.test"])("is refused for %s", async (email) => {
    const target = await userRow("admin@demo.test");
    await expect(signOutUserEverywhere(await ctxFor(email), { userId: target.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await userRow("admin@demo.test")).sessionVersion).toBe(target.sessionVersion);
  });
});

describe("admin reads", () => {
  it("lists accounts and the audit log for admins only", async () => {
    const admin = await ctxFor("admin@demo.test");
    expect((await listUsers(admin)).map((u) => u.email)).toEqual(expect.arrayContaining(["admin@demo.test", "resident@demo.test"]));
    expect(Array.isArray(await listAuditEntries(admin))).toBe(true);
    for (const email of ["resident@demo.test", "officer@demo.test", "moderator@demo.test"]) {
      const ctx = await ctxFor(email);
      await expect(listUsers(ctx)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAuditEntries(ctx)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listUsers(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
