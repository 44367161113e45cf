import "server-only";

import { and, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { directoryImports } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import type { ConfirmResult } from "./import-formats";
import { planImport } from "./plan-import";

export const ConfirmImportInput = z.object({ importId: z.uuid() });
export type ConfirmImportInput = { importId?: unknown };

/**
 * Applies a checked import in one transaction: every row or none. The file is
 * checked again first, since the directory may have changed since the preview.
 */
export async function confirmDirectoryImport(ctx: Ctx, input: ConfirmImportInput): Promise<ConfirmResult> {
  requirePermission(ctx, "directory.edit");
  const parsed = ConfirmImportInput.safeParse(input);
  // A malformed id names no import, like an expired one.
  if (!parsed.success) throw new NotFoundError("directory import");
  const { importId } = parsed.data;
  const db = await getDb();
  return changing(db, ["directory"], async (tx) => {
    // The row lock makes a second, simultaneous confirm wait, then find nothing.
    const [pending] = await tx
      .select()
      .from(directoryImports)
      .where(and(eq(directoryImports.id, importId), gt(directoryImports.createdAt, sql`now() - interval '24 hours'`)))
      .for("update");
    if (!pending) throw new NotFoundError(`directory import ${importId}`);
    const plan = await planImport(tx, pending.kind, pending.csv);
    if (!plan.ok) return { ok: false, errors: plan.errors };
    await plan.apply(tx);
    await tx.delete(directoryImports).where(eq(directoryImports.id, importId));
    const { rowCount, inserts, updates, unchanged } = plan;
    await recordAudit(tx, ctx, { action: "directory.import", entity: pending.kind, entityId: importId, detail: { inserts, updates } });
    return { ok: true, kind: pending.kind, rowCount, inserts, updates, unchanged };
  });
}
