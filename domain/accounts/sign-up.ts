import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { outbox, users } from "@/db/schema";
import { env } from "@/lib/core/env";

import type { Ctx } from "../context";
import { consumeLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { issuePasswordLink, mayMailAddress } from "./password-links";
import { SignUpForm } from "./schemas";

const signUpLimits = (ip: string | null): Limit[] =>
  ip ? [{ key: `sign-up-ip:${ip}`, max: env.signUpLimitPerHour, windowSeconds: 3600 }] : [];

/**
 * A resident asks for an account. The answer is the same whether or not the
 * address has one ("check your e-mail"), so the form tells no one who is
 * registered: a new address gets a link to choose a password (the account
 * exists from now on, without a password until then); an address with an
 * account gets a notice that someone tried, with links to sign in or reset.
 * Staff accounts are made by admins, never here.
 */
export async function signUp(ctx: Ctx, input: SignUpForm): Promise<void> {
  const data = parseForm(SignUpForm, input);
  const db = await getDb();
  await consumeLimits(db, signUpLimits(ctx.ip));
  if (!(await mayMailAddress(`sign-up:${data.email}`))) return;
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: data.email, name: data.name, role: "resident" })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name });
    if (created) {
      await issuePasswordLink(tx, created, "account.welcome");
      return;
    }
    const [existing] = await tx
      .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabled: users.disabled })
      .from(users)
      .where(eq(users.email, data.email))
      .for("update");
    if (!existing || existing.disabled) return;
    // Asked before and never finished: a fresh link, as if new.
    if (existing.passwordHash === null) {
      await issuePasswordLink(tx, existing, "account.welcome");
      return;
    }
    await tx
      .insert(outbox)
      .values({ channel: "email", recipient: existing.email, template: "account.sign_up_attempt", payload: { name: existing.name } });
  });
}
