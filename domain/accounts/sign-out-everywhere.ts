import "server-only";

import { eq, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { UserIdInput } from "./schemas";

/** Ends every session of the caller's own account, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<void> {
  requirePermission(ctx, "account.signOutEverywhere");
  await bumpSessionVersion(ctx, ctx.actor.userId);
}

/** An admin ends every session of another account. */
export async function signOutUserEverywhere(ctx: Ctx, input: UserIdInput): Promise<void> {
  requirePermission(ctx, "user.signOutEverywhere");
  const { userId } = UserIdInput.parse(input);
  await bumpSessionVersion(ctx, userId);
}

async function bumpSessionVersion(ctx: Ctx, userId: number): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!row) throw new NotFoundError(`user ${userId}`);
    await recordAudit(tx, ctx, { action: "user.sign_out_everywhere", entity: "user", entityId: userId });
  });
}
