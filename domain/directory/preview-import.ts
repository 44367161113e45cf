import "server-only";

import { lt, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { directoryImports } from "@/db/schema";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { readUpload, type PreviewImportInput } from "./import-file";
import type { PreviewResult } from "./import-formats";
import { planImport } from "./plan-import";

/**
 * Checks an uploaded CSV file row by row and writes nothing to the directory.
 * A valid file is kept as a pending import for the moderator to confirm; an
 * invalid one comes back with every problem, so it can be fixed in one pass.
 */
export async function previewDirectoryImport(ctx: Ctx, input: PreviewImportInput): Promise<PreviewResult> {
  requirePermission(ctx, "directory.edit");
  const { kind, text } = await readUpload(input);
  const db = await getDb();
  const plan = await planImport(db, kind, text);
  if (!plan.ok) return { ok: false, errors: plan.errors };
  const { rowCount, inserts, updates, unchanged } = plan;
  const importId = await db.transaction(async (tx) => {
    // Checked files nobody confirmed are not kept beyond a day.
    await tx.delete(directoryImports).where(lt(directoryImports.createdAt, sql`now() - interval '24 hours'`));
    const [row] = await tx
      .insert(directoryImports)
      .values({ kind, csv: text, rowCount, createdBy: ctx.actor.userId })
      .returning({ id: directoryImports.id });
    return row!.id;
  });
  return { ok: true, importId, kind, rowCount, inserts, updates, unchanged };
}
