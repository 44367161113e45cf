import "server-only";

import { eq, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { units } from "@/db/schema";
import { queryRows } from "@/db/sql";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { UnitForm } from "./schemas";

const UnitId = z.coerce.number().int().positive();

/** The ids from a unit up to the root of the tree, the unit itself first. */
async function ancestry(tx: Tx, unitId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`with recursive up(id, parent_id, depth) as (
          select id, parent_id, 0 from units where id = ${unitId}
          union all
          select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id where up.depth < 100
        ) select id from up`,
  );
  return rows.map((r) => Number(r.id));
}

/** Creates (id null) or updates a unit. A unit can never become its own ancestor. */
export async function saveUnit(ctx: Ctx, unitId: unknown, input: unknown): Promise<{ id: number }> {
  requirePermission(ctx, "directory.edit");
  const id = unitId === null ? null : UnitId.parse(unitId);
  const data = parseForm(UnitForm, input);
  const db = await getDb();
  try {
    return await changing(db, ["directory"], async (tx) => {
      // One tree change at a time: two concurrent moves could otherwise close a loop together.
      await tx.execute(sql`select pg_advisory_xact_lock(7263402)`);
      if (data.parentId !== null) {
        const chain = await ancestry(tx, data.parentId);
        if (chain.length === 0) throw new ValidationError({ parentId: "unknownUnit" });
        if (id !== null && chain.includes(id)) throw new ValidationError({ parentId: "unitCycle" });
      }
      if (id === null) {
        const [row] = await tx.insert(units).values(data).returning({ id: units.id });
        await recordAudit(tx, ctx, { action: "unit.create", entity: "unit", entityId: row!.id, detail: { slug: data.slug } });
        return { id: row!.id };
      }
      const [row] = await tx.update(units).set(data).where(eq(units.id, id)).returning({ id: units.id });
      if (!row) throw new NotFoundError(`unit ${id}`);
      await recordAudit(tx, ctx, { action: "unit.update", entity: "unit", entityId: id, detail: { parentId: data.parentId } });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ slug: "slugTaken" });
    throw error;
  }
}
