import "server-only";

import type { Db, Tx } from "@/db/client";

import { planAreas, upsertAreas } from "./areas-import";
import { readRows } from "./import-file";
import { columnsOf, type ImportKind } from "./import-formats";
import { planOfficers, upsertOfficers } from "./officers-import";

/** What importing this text would do, checked against the database as it is now. */
export async function planImport(db: Db | Tx, kind: ImportKind, text: string) {
  const read = readRows(text, columnsOf[kind]);
  if (!read.ok) return read;
  if (kind === "officers") {
    const plan = await planOfficers(db, read.rows);
    return plan.ok ? { ...plan, apply: (tx: Tx) => upsertOfficers(tx, plan.changes) } : plan;
  }
  const plan = await planAreas(db, read.rows);
  return plan.ok ? { ...plan, apply: (tx: Tx) => upsertAreas(tx, plan.changes) } : plan;
}
