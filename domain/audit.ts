import "server-only";

import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

import type { Ctx } from "./context";

type AuditInput = {
  action: `${string}.${string}`;
  entity: string;
  entityId?: string | number | null;
  detail?: Record<string, unknown>;
};

/** Records a staff write inside the caller's transaction: if this fails, the change fails. */
export async function recordAudit(tx: Tx, ctx: Ctx, input: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId == null ? null : String(input.entityId),
    detail: input.detail ?? null,
    ip: ctx.ip,
  });
}
