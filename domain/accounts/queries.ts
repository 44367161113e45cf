import "server-only";

import { asc, desc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { auditLog, units, users } from "@/db/schema";

import type { Actor, Ctx } from "../context";
import { requirePermission } from "../permissions";

/**
 * The actor behind a session, if the account still exists, is enabled and the
 * session's version is current. Called on every request that has a session.
 */
export async function findActiveActor(userId: number, sessionVersion: number): Promise<Actor | null> {
  const db = await getDb();
  const [user] = await db
    .select({
      userId: users.id,
      role: users.role,
      name: users.name,
      officerId: users.officerId,
      unitId: users.unitId,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { userId: user.userId, role: user.role, name: user.name, officerId: user.officerId, unitId: user.unitId };
}

export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: Actor["role"];
  unitNameZh: string | null;
  unitNameEn: string | null;
  disabled: boolean;
  locked: boolean;
  lastSignInAt: Date | null;
};

export async function listUsers(ctx: Ctx): Promise<UserSummary[]> {
  requirePermission(ctx, "user.list");
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
      disabled: users.disabled,
      lockedUntil: users.lockedUntil,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.role), asc(users.email))
    .limit(500);
  const now = new Date();
  return rows.map(({ lockedUntil, ...row }) => ({ ...row, locked: lockedUntil !== null && lockedUntil > now }));
}

export async function listAuditEntries(ctx: Ctx, limit = 100) {
  requirePermission(ctx, "audit.view");
  const db = await getDb();
  return db
    .select()
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(Math.max(limit, 1), 500));
}
