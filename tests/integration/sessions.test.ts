import { and, eq, ne, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, officers, sessions, units, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { changePassword } from "@/domain/accounts/change-password";
import { endSession, findSessionActor, sessionKey } from "@/domain/accounts/sessions";
import { setUserDisabled } from "@/domain/accounts/set-user-disabled";
import { signOutEverywhere, signOutUserEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { ForbiddenError, UnauthenticatedError } from "@/domain/errors";

import { makeAccount, signInFully } from "../helpers/accounts";
import { ctxFor, signedOut } from "../helpers/ctx";

const db = await getDb();
const row = async (sessionId: string) =>
  (
    await db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, sessionKey(sessionId)))
  )[0]!;
const age = (sessionId: string, column: "last_seen_at" | "expires_at", interval: string) =>
  db.execute(sql`update sessions set ${sql.raw(column)} = now() - ${interval}::interval where id_hash = ${sessionKey(sessionId)}`);

describe("sessions live on the server", () => {
  it("signing out ends the session: the same cookie opens nothing afterwards", async () => {
    const sessionId = await signInFully("resident@demo.test", DEMO_PASSWORD);
    expect(await findSessionActor(sessionId)).toMatchObject({ role: "resident", secondFactor: "optional" });
    await endSession(sessionId);
    expect(await findSessionActor(sessionId)).toBeNull();
    expect((await row(sessionId)).endedAt).not.toBeNull();
  });

  it("gives staff 30 minutes idle and 12 hours in all, residents 30 days", async () => {
    const staff = await row(await signInFully("officer@demo.test", DEMO_PASSWORD));
    expect(staff.idleMinutes).toBe(30);
    expect((staff.expiresAt.getTime() - staff.createdAt.getTime()) / 3600_000).toBeCloseTo(12, 1);
    const resident = await row(await signInFully("resident@demo.test", DEMO_PASSWORD));
    expect((resident.expiresAt.getTime() - resident.createdAt.getTime()) / 86400_000).toBeCloseTo(30, 1);
  });

  it("ends a staff session after 30 minutes without a request, not a resident's", async () => {
    const officer = await signInFully("officer@demo.test", DEMO_PASSWORD);
    const resident = await signInFully("resident@demo.test", DEMO_PASSWORD);
    await age(officer, "last_seen_at", "29 minutes");
    expect(await findSessionActor(officer)).not.toBeNull();
    await age(officer, "last_seen_at", "31 minutes");
    await age(resident, "last_seen_at", "31 minutes");
    expect(await findSessionActor(officer)).toBeNull();
    expect(await findSessionActor(resident)).not.toBeNull();
  });

  it("ends any session at its absolute expiry, however busy", async () => {
    const sessionId = await signInFully("officer@demo.test", DEMO_PASSWORD);
    await age(sessionId, "expires_at", "1 second");
    expect(await findSessionActor(sessionId)).toBeNull();
  });

  it("notes a session as seen at most once a minute", async () => {
    const sessionId = await signInFully("officer@demo.test", DEMO_PASSWORD);
    await age(sessionId, "last_seen_at", "30 seconds");
    const before = (await row(sessionId)).lastSeenAt;
    await findSessionActor(sessionId);
    expect((await row(sessionId)).lastSeenAt).toEqual(before);
    await age(sessionId, "last_seen_at", "2 minutes");
    await findSessionActor(sessionId);
    expect(Date.now() - (await row(sessionId)).lastSeenAt.getTime()).toBeLessThan(10_000);
  });

  it("opens nothing for an id that was never issued, or for the stored hash itself", async () => {
    const sessionId = await signInFully("resident@demo.test", DEMO_PASSWORD);
    expect(await findSessionActor("made-up-session-id-made-up-session-id")).toBeNull();
    expect(await findSessionActor(sessionKey(sessionId))).toBeNull();
  });
});

describe("ending every session of an account", () => {
  it("sign out everywhere ends all of one's own sessions", async () => {
    const first = await signInFully("resident@demo.test", DEMO_PASSWORD);
    const second = await signInFully("resident@demo.test", DEMO_PASSWORD);
    const ctx = { ...(await ctxFor("resident@demo.test")) };
    await signOutEverywhere(ctx);
    expect(await findSessionActor(first)).toBeNull();
    expect(await findSessionActor(second)).toBeNull();
  });

  it("is refused when signed out", async () => {
    await expect(signOutEverywhere(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("an admin signs another account out everywhere, audited; refused for other roles", async () => {
    const sessionId = await signInFully("moderator@demo.test", DEMO_PASSWORD);
    const moderator = (await db.select().from(users).where(eq(users.email, "moderator@demo.test")))[0]!;
    for (const email of ["resident@demo.test", "officer@demo.test", "moderator@demo.test"]) {
      await expect(signOutUserEverywhere(await ctxFor(email), { userId: moderator.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await findSessionActor(sessionId)).not.toBeNull();
    await signOutUserEverywhere(await ctxFor("admin@demo.test", "203.0.113.7"), { userId: moderator.id });
    expect(await findSessionActor(sessionId)).toBeNull();
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, "user.sign_out_everywhere"));
    expect(entries.filter((e) => e.entityId === String(moderator.id))).toEqual([
      expect.objectContaining({ actorRole: "admin", ip: "203.0.113.7", detail: { sessions: 1 } }),
    ]);
  });

  it("disabling an account ends its sessions and closes new ones", async () => {
    const account = await makeAccount("to-disable@example.test", "officer");
    const sessionId = await signInFully("to-disable@example.test", "a-long-test-password");
    await setUserDisabled(await ctxFor("admin@demo.test"), { userId: account.id, disabled: "true" });
    expect(await findSessionActor(sessionId)).toBeNull();
    expect((await row(sessionId)).endedAt).not.toBeNull();
  });

  it("a disabled account's session opens nothing even if it was not ended", async () => {
    const account = await makeAccount("flag-only@example.test", "resident");
    const sessionId = await signInFully("flag-only@example.test", "a-long-test-password");
    await db.update(users).set({ disabled: true }).where(eq(users.id, account.id));
    expect(await findSessionActor(sessionId)).toBeNull();
  });

  it("changing one's password ends the other sessions and keeps this one", async () => {
    await makeAccount("changer@example.test", "resident", "old-password-long");
    const here = await signInFully("changer@example.test", "old-password-long");
    const elsewhere = await signInFully("changer@example.test", "old-password-long");
    const actor = (await findSessionActor(here))!;
    await changePassword(
      { actor, ip: "127.0.0.1", locale: "en" },
      { currentPassword: "old-password-long", newPassword: "new-password-longer", confirmPassword: "new-password-longer" },
    );
    expect(await findSessionActor(here)).not.toBeNull();
    expect(await findSessionActor(elsewhere)).toBeNull();
  });
});

describe("an officer's unit", () => {
  it("follows their directory record when the officer moves", async () => {
    const [officerUser] = await db.select().from(users).where(eq(users.email, "officer@demo.test"));
    const sessionId = await signInFully("officer@demo.test", DEMO_PASSWORD);
    const before = (await findSessionActor(sessionId))!.unitId!;
    const [otherStation] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(ne(units.id, before), eq(units.kind, "station")))
      .limit(1);
    await db.update(officers).set({ unitId: otherStation!.id }).where(eq(officers.id, officerUser!.officerId!));
    expect((await findSessionActor(sessionId))!.unitId).toBe(otherStation!.id);
  });
});
