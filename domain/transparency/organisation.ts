import "server-only";

import { asc } from "drizzle-orm";

import { getDb } from "@/db/client";
import { units } from "@/db/schema";

import { cached } from "../cache";
import type { Ctx } from "../context";

export type OrganisationUnit = {
  slug: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  functionsZh: string;
  functionsEn: string;
  children: OrganisationUnit[];
};

/**
 * Organisation and functions (机构职能), made from the unit tree: each unit
 * with what it does and the units under it, the bureau at the top. Cached
 * until the directory changes.
 */
export async function getOrganisation(_ctx: Ctx): Promise<OrganisationUnit[]> {
  return cached("directory", "organisation", loadOrganisation);
}

async function loadOrganisation(): Promise<OrganisationUnit[]> {
  const db = await getDb();
  const rows = await db.select().from(units).orderBy(asc(units.sort), asc(units.id));
  const nodes = new Map<number, OrganisationUnit>(
    rows.map((u) => [
      u.id,
      {
        slug: u.slug,
        nameZh: u.nameZh,
        nameEn: u.nameEn,
        kind: u.kind,
        functionsZh: u.functionsZh,
        functionsEn: u.functionsEn,
        children: [],
      },
    ]),
  );
  const roots: OrganisationUnit[] = [];
  for (const u of rows) {
    const parent = u.parentId === null ? undefined : nodes.get(u.parentId);
    (parent ? parent.children : roots).push(nodes.get(u.id)!);
  }
  return roots;
}
