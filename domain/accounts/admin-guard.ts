import "server-only";

import { and, asc, eq, ne } from "drizzle-orm";

import type { Tx } from "@/db/client";
import { officers, users } from "@/db/schema";

import type { Actor } from "../context";
import { ConflictError, ForbiddenError, ValidationError } from "../errors";

/**
 * Locks the active admins' rows until the transaction ends, always first and
 * in one order, so two admins demoting or disabling each other at once are
 * taken one after the other (no deadlock): the second sees the first's
 * change. Returns their ids.
 */
export async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
    .orderBy(asc(users.id))
    .for("update");
  return admins.map((admin) => admin.id);
}

/** Refuses a change that would leave no active admin; the actor must still be one of them. */
export function keepAnActiveAdmin(admins: number[], actor: Actor, targetId: number): void {
  if (!admins.some((id) => id !== targetId)) throw new ConflictError("the last active admin", "lastAdmin");
  if (!admins.includes(actor.userId)) throw new ForbiddenError("no longer an admin");
}

export type OfficerLink = { officerId: number | null; unitId: number | null };

/**
 * The directory's officer for a badge number, whose unit becomes the
 * account's; one enabled account per officer record.
 */
export async function officerLink(tx: Tx, badgeNumber: string | null, accountId: number | null): Promise<OfficerLink> {
  if (!badgeNumber) return { officerId: null, unitId: null };
  const [officer] = await tx
    .select({ id: officers.id, unitId: officers.unitId })
    .from(officers)
    .where(eq(officers.badgeNumber, badgeNumber))
    .limit(1);
  if (!officer) throw new ValidationError({ badgeNumber: "unknownBadge" });
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.officerId, officer.id), eq(users.disabled, false), accountId ? ne(users.id, accountId) : undefined))
    .limit(1);
  if (taken) throw new ValidationError({ badgeNumber: "officerLinked" });
  return { officerId: officer.id, unitId: officer.unitId };
}
