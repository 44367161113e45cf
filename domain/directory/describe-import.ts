import "server-only";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { areaColumns, officerColumns, type ImportColumns } from "./import-formats";

/** The import page's read: only those who may import see it, with the columns each file needs. */
export async function describeDirectoryImport(ctx: Ctx): Promise<ImportColumns> {
  requirePermission(ctx, "directory.edit");
  return { officers: Object.keys(officerColumns), areas: Object.keys(areaColumns) };
}
