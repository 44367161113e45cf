import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { outbox, recoveryCodes, users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { UserIdInput } from "./schemas";
import { endSessionsOf } from "./sessions";

/**
 * An admin resets another account's second factor (a lost phone and no
 * recovery codes): the secret and the recovery codes go, every session ends,
 * and the person is told. At the next sign-in they set up their app again
 * (admins and moderators must, before the staff area opens).
 */
export async function resetSecondFactor(ctx: Ctx, input: UserIdInput): Promise<void> {
  requirePermission(ctx, "user.resetSecondFactor");
  const { userId } = parseForm(UserIdInput, input);
  if (userId === ctx.actor.userId) throw new ConflictError("own second factor", "notYourself");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ mfaSecret: null, mfaEnabledAt: null })
      .where(eq(users.id, userId))
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!user) throw new NotFoundError(`user ${userId}`);
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    const ended = await endSessionsOf(tx, userId);
    await tx
      .insert(outbox)
      .values({ channel: "email", recipient: user.email, template: "account.second_factor_reset", payload: { name: user.name } });
    await recordAudit(tx, ctx, { action: "user.second_factor_reset", entity: "user", entityId: userId, detail: { sessions: ended } });
  });
}
