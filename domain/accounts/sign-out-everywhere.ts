import "server-only";

import { eq } from "drizzle-orm";

import { getDb, type Tx } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { UserIdInput } from "./schemas";
import { endSessionsOf } from "./sessions";

/** Ends every session of the caller's own account, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<void> {
  requirePermission(ctx, "account.signOutEverywhere");
  const userId = ctx.actor.userId;
  const db = await getDb();
  await db.transaction((tx) => endAll(tx, ctx, userId));
}

/** An admin ends every session of another account. */
export async function signOutUserEverywhere(ctx: Ctx, input: UserIdInput): Promise<void> {
  requirePermission(ctx, "user.signOutEverywhere");
  const { userId } = parseForm(UserIdInput, input);
  const db = await getDb();
  await db.transaction((tx) => endAll(tx, ctx, userId));
}

async function endAll(tx: Tx, ctx: Ctx, userId: number): Promise<void> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!row) throw new NotFoundError(`user ${userId}`);
  const ended = await endSessionsOf(tx, userId);
  await recordAudit(tx, ctx, { action: "user.sign_out_everywhere", entity: "user", entityId: userId, detail: { sessions: ended } });
}
