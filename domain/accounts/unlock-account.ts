import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { UserIdInput } from "./schemas";
import { clearSignInFailures } from "./sign-in";

/** An admin lifts a sign-in lockout before its 15 minutes are up (the person called in). */
export async function unlockAccount(ctx: Ctx, input: UserIdInput): Promise<void> {
  requirePermission(ctx, "user.unlock");
  const { userId } = parseForm(UserIdInput, input);
  const db = await getDb();
  const email = await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) throw new NotFoundError(`user ${userId}`);
    await recordAudit(tx, ctx, { action: "user.unlock", entity: "user", entityId: userId });
    return user.email;
  });
  await clearSignInFailures(email);
}
