import "server-only";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { officerLink } from "./admin-guard";
import { issuePasswordLink } from "./password-links";
import { CreateStaffAccountForm } from "./schemas";

/**
 * An admin opens a staff account. It has no password: the person chooses
 * one through the link sent to them (the admin never knows it), and an
 * officer's account is tied to their record in the directory, which gives it
 * its unit.
 */
export async function createStaffAccount(ctx: Ctx, input: CreateStaffAccountForm): Promise<{ userId: number }> {
  requirePermission(ctx, "user.create");
  const data = parseForm(CreateStaffAccountForm, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const link = await officerLink(tx, data.badgeNumber, null);
    const [user] = await tx
      .insert(users)
      .values({ email: data.email, name: data.name, role: data.role, ...link })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!user) throw new ValidationError({ email: "emailTaken" });
    await issuePasswordLink(tx, user, "account.invitation");
    await recordAudit(tx, ctx, {
      action: "user.create",
      entity: "user",
      entityId: user.id,
      detail: { role: data.role, officerId: link.officerId },
    });
    return { userId: user.id };
  });
}
