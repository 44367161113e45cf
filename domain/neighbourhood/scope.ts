import "server-only";

import type { Ctx } from "../context";
import { ForbiddenError } from "../errors";
import { can, requirePermission } from "../permissions";

/** Officers keep their own station's priorities and visits; moderators and admins any station's. */
export function requireStationStaff(ctx: Ctx, unitId: number): asserts ctx is Ctx & { actor: NonNullable<Ctx["actor"]> } {
  requirePermission(ctx, "neighbourhood.edit");
  if (!can(ctx, "neighbourhood.editAll") && ctx.actor.unitId !== unitId) throw new ForbiddenError("notYourUnit");
}
