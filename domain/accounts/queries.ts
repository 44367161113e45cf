import "server-only";

import { and, asc, desc, eq, ilike, isNull, ne, or, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { auditLog, officers, rateLimits, units, users } from "@/db/schema";
import type { Role } from "@/lib/core/values";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { MAX_FAILED_SIGN_INS } from "./sign-in";

export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: Role;
  unitNameZh: string | null;
  unitNameEn: string | null;
  badgeNumber: string | null;
  disabled: boolean;
  /** No password yet: the person has not used their link. */
  invited: boolean;
  locked: boolean;
  secondFactor: boolean;
  lastSignInAt: Date | null;
};

// A search box on the accounts page: anything unreadable means "no search".
const ListUsersInput = z.object({ q: z.string().trim().max(100).optional().catch(undefined) });

const LIMIT = 200;

/**
 * Staff accounts (all of them: a bureau has hundreds, not millions), or with
 * a search, any account whose name or address contains the text.
 */
export async function listUsers(ctx: Ctx, input: { q?: unknown } = {}): Promise<UserSummary[]> {
  requirePermission(ctx, "user.list");
  const { q } = ListUsersInput.parse(input);
  const db = await getDb();
  const pattern = q ? `%${q.replace(/[\\%_]/g, "\\$&")}%` : null;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
      badgeNumber: officers.badgeNumber,
      disabled: users.disabled,
      invited: sql<boolean>`${users.passwordHash} is null`,
      secondFactor: sql<boolean>`${users.mfaEnabledAt} is not null`,
      locked: sql<boolean>`coalesce(${rateLimits.hits} >= ${MAX_FAILED_SIGN_INS} and ${rateLimits.resetAt} > now(), false)`,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .leftJoin(officers, eq(officers.id, users.officerId))
    .leftJoin(units, eq(units.id, sql`coalesce(${officers.unitId}, ${users.unitId})`))
    .leftJoin(rateLimits, eq(rateLimits.key, sql`'sign-in:' || ${users.email}`))
    .where(pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : ne(users.role, "resident"))
    .orderBy(asc(users.role), asc(users.email))
    .limit(LIMIT);
  return rows;
}

export type AccountDetail = UserSummary & { createdAt: Date };

/** One account, for its page in the staff area. */
export async function getAccount(ctx: Ctx, input: { userId: unknown }): Promise<AccountDetail> {
  requirePermission(ctx, "user.list");
  const userId = z.coerce.number().int().positive().max(2_147_483_647).safeParse(input.userId);
  if (!userId.success) throw new NotFoundError("user");
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
      badgeNumber: officers.badgeNumber,
      disabled: users.disabled,
      invited: sql<boolean>`${users.passwordHash} is null`,
      secondFactor: sql<boolean>`${users.mfaEnabledAt} is not null`,
      locked: sql<boolean>`coalesce(${rateLimits.hits} >= ${MAX_FAILED_SIGN_INS} and ${rateLimits.resetAt} > now(), false)`,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(officers, eq(officers.id, users.officerId))
    .leftJoin(units, eq(units.id, sql`coalesce(${officers.unitId}, ${users.unitId})`))
    .leftJoin(rateLimits, eq(rateLimits.key, sql`'sign-in:' || ${users.email}`))
    .where(eq(users.id, userId.data))
    .limit(1);
  if (!row) throw new NotFoundError("user");
  return row;
}

export type OfficerChoice = { badgeNumber: string; nameZh: string; namePinyin: string; unitNameZh: string; unitNameEn: string };

/**
 * The officers of the directory who have no account yet (a few thousand at
 * most), for the searchable list on the account forms; editing an account, its
 * own officer too. An officer with an account would only be refused.
 */
export async function listOfficerChoices(ctx: Ctx, input: { editing?: unknown } = {}): Promise<OfficerChoice[]> {
  requirePermission(ctx, "user.create");
  const editing = z.coerce.number().int().positive().optional().catch(undefined).parse(input.editing);
  const db = await getDb();
  return db
    .select({
      badgeNumber: officers.badgeNumber,
      nameZh: officers.nameZh,
      namePinyin: officers.namePinyin,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
    })
    .from(officers)
    .innerJoin(units, eq(units.id, officers.unitId))
    .leftJoin(users, eq(users.officerId, officers.id))
    .where(editing === undefined ? isNull(users.id) : or(isNull(users.id), eq(users.id, editing)))
    .orderBy(asc(officers.badgeNumber))
    .limit(5000);
}

export async function listAuditEntries(ctx: Ctx, limit = 100) {
  requirePermission(ctx, "audit.view");
  const db = await getDb();
  // No FK from the log: an actor's account may be gone, then only the number and role recorded remain.
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorRole: auditLog.actorRole,
      actorName: users.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.id))
    .limit(Math.min(Math.max(limit, 1), 500));
}

/** The signed-in person's own account, for /account. */
export async function getOwnAccount(ctx: Ctx): Promise<{ email: string; secondFactor: boolean }> {
  requirePermission(ctx, "account.view");
  const db = await getDb();
  const [row] = await db
    .select({ email: users.email, secondFactor: sql<boolean>`${users.mfaEnabledAt} is not null` })
    .from(users)
    .where(and(eq(users.id, ctx.actor.userId)));
  if (!row) throw new NotFoundError("user");
  return row;
}
