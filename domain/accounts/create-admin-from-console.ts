import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import { anonymousCtx } from "../context";
import { ValidationError } from "../errors";
import { parseForm } from "../validation";
import { issuePasswordLink } from "./password-links";
import { endSessionsOf } from "./sessions";

const ConsoleAdminInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "email" })),
  name: z.string().trim().min(1).max(100).optional(),
});
export type ConsoleAdminInput = z.input<typeof ConsoleAdminInput>;

export type ConsoleAdmin = { userId: number; created: boolean; token: string };

/**
 * The first admin of a fresh installation, made at the server's console
 * (`npm run admin:create`): whoever can run it already controls the server,
 * so there is no permission to ask. No route imports this. It creates the
 * account, or makes an existing one an enabled admin, and opens a one-time
 * link to set its password: no password is ever printed or stored in clear.
 */
export async function createAdminFromConsole(input: ConsoleAdminInput): Promise<ConsoleAdmin> {
  const { email, name } = parseForm(ConsoleAdminInput, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.email, email)).for("update");
    if (!existing && !name) throw new ValidationError({ name: "required" });
    const [user] = existing
      ? await tx.update(users).set({ role: "admin", disabled: false }).where(eq(users.id, existing.id)).returning()
      : await tx.insert(users).values({ email, name: name!, role: "admin" }).returning();
    if (existing && existing.role !== "admin") await endSessionsOf(tx, existing.id);
    const token = await issuePasswordLink(tx, user!, user!.passwordHash ? "account.password_reset" : "account.invitation");
    await recordAudit(tx, anonymousCtx(), {
      action: "user.create_admin",
      entity: "user",
      entityId: user!.id,
      detail: { via: "console", created: !existing, previousRole: existing?.role ?? null },
    });
    return { userId: user!.id, created: !existing, token };
  });
}
