import "server-only";

import { and, eq, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/core/password";

import { recordAudit } from "../audit";
import type { Actor, Ctx } from "../context";
import { SignInForm } from "./schemas";

export const MAX_FAILED_SIGN_INS = 10;
export const LOCKOUT_MINUTES = 15;

export type Authenticated = Actor & { sessionVersion: number };

/**
 * Checks an email and password. Returns null for every kind of failure alike
 * (no account, wrong password, locked, disabled), so a failure never tells
 * whether the account exists. The lockout is kept in the users table, so it
 * holds across servers.
 */
export async function authenticate(ctx: Ctx, input: unknown): Promise<Authenticated | null> {
  const parsed = SignInForm.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user) return null;

  const locked = user.lockedUntil !== null && user.lockedUntil > new Date();
  if (locked || user.disabled) return null;

  if (!passwordOk) {
    await db.transaction(async (tx) => {
      const [after] = await tx
        .update(users)
        .set({
          failedSignIns: sql`case when ${users.failedSignIns} + 1 >= ${MAX_FAILED_SIGN_INS} then 0 else ${users.failedSignIns} + 1 end`,
          lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${MAX_FAILED_SIGN_INS}
            then now() + make_interval(mins => ${LOCKOUT_MINUTES}) else ${users.lockedUntil} end`,
        })
        .where(eq(users.id, user.id))
        .returning({ lockedUntil: users.lockedUntil });
      if (after?.lockedUntil && after.lockedUntil > new Date()) {
        await recordAudit(tx, ctx, { action: "user.lock", entity: "user", entityId: user.id, detail: { minutes: LOCKOUT_MINUTES } });
      }
    });
    return null;
  }

  await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() })
    .where(and(eq(users.id, user.id), eq(users.disabled, false)));
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    officerId: user.officerId,
    unitId: user.unitId,
    sessionVersion: user.sessionVersion,
  };
}
