import "server-only";

import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { units, users } from "@/db/schema";

import { ValidationError } from "../../errors";

/**
 * Who may be given a request of a unit: an enabled moderator or admin, or an
 * enabled officer who can see the request (of its unit, or of the station
 * the unit belongs to: the same scope as visibleTo). Never a resident.
 * Triage and bulk assignment both ask here.
 */
export function assignableFor(unitId: number | null): SQL {
  const officerOfUnit =
    unitId === null
      ? undefined
      : and(
          eq(users.role, "officer"),
          or(
            eq(users.unitId, unitId),
            eq(users.unitId, sql`(select ${units.parentId} from ${units} where ${units.id} = ${unitId})`),
            // An officer of one of the unit's work stations: who answers for a station's village.
            sql`${users.unitId} in (select ${units.id} from ${units} where ${units.parentId} = ${unitId})`,
          ),
        );
  return and(eq(users.disabled, false), or(inArray(users.role, ["moderator", "admin"]), officerOfUnit))!;
}

/** Staff who could take a request of this unit, for the triage picker. */
export async function listAssigneesFor(db: Db | Tx, unitId: number | null) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(assignableFor(unitId))
    .orderBy(asc(users.name), asc(users.id));
}

/** Refuses an assignee who may not take requests of every one of these units. */
export async function checkAssignee(db: Db | Tx, assigneeId: number, unitIds: readonly (number | null)[]): Promise<void> {
  for (const unitId of new Set(unitIds)) {
    const [allowed] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, assigneeId), assignableFor(unitId)))
      .limit(1);
    if (!allowed) throw new ValidationError({ assigneeId: "assigneeNotAllowed" });
  }
}
