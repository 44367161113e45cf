import "server-only";

import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { Db, Tx } from "@/db/client";
import { areas, officers, units, users } from "@/db/schema";

/**
 * Who answers for the request's village or community, as the directory says,
 * and the staff account linked to that officer if there is an enabled one.
 */
export async function responsibleOfficerOf(db: Db | Tx, areaId: number | null) {
  if (areaId === null) return null;
  const [officer] = await db
    .select({
      id: officers.id,
      nameZh: officers.nameZh,
      namePinyin: officers.namePinyin,
      badgeNumber: officers.badgeNumber,
      titleZh: officers.titleZh,
      titleEn: officers.titleEn,
      phone: officers.phone,
    })
    .from(areas)
    .innerJoin(officers, eq(officers.id, areas.responsibleOfficerId))
    .where(eq(areas.id, areaId))
    .limit(1);
  if (!officer) return null;
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.officerId, officer.id), eq(users.disabled, false)))
    .orderBy(asc(users.id))
    .limit(1);
  return { ...officer, accountId: account?.id ?? null };
}

/** Every unit for the triage list, with what grouping needs (kind, the station above a work station). */
export async function unitsForTriage(db: Db | Tx) {
  const parents = alias(units, "parents");
  return db
    .select({ id: units.id, slug: units.slug, kind: units.kind, parentSlug: parents.slug, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(units)
    .leftJoin(parents, eq(parents.id, units.parentId))
    .orderBy(asc(units.sort), asc(units.id));
}
