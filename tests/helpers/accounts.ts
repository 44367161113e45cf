import { and, desc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { outbox, users } from "@/db/schema";
import { checkPassword, completeSignIn } from "@/domain/accounts/sign-in";
import type { Ctx } from "@/domain/context";
import { openPasswordLinkPayload } from "@/domain/notifications/account-templates";
import { hashPassword } from "@/lib/core/password";

import { signedOut } from "./ctx";

/** An account with a password, made straight in the table (the journeys that make them are tested on their own). */
export async function makeAccount(email: string, role: "resident" | "officer" | "moderator" | "admin", password = "a-long-test-password") {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, role, passwordHash: await hashPassword(password) })
    .returning();
  return user!;
}

/** Password, then (if the account has one) the code: the session id a cookie would carry. */
export async function signInFully(email: string, password: string, code?: string, ctx: Ctx = signedOut): Promise<string> {
  const { challenge } = await checkPassword(ctx, { email, password });
  return completeSignIn(ctx, { challenge, code });
}

/** The newest message queued for an address, and the password link's token it carries, if any. */
export async function lastMessageTo(recipient: string) {
  const db = await getDb();
  const [message] = await db.select().from(outbox).where(eq(outbox.recipient, recipient)).orderBy(desc(outbox.id)).limit(1);
  return message ? { ...message, token: openPasswordLinkPayload(message.payload) } : null;
}

export async function messagesTo(recipient: string, template?: string) {
  const db = await getDb();
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, recipient), template ? eq(outbox.template, template) : undefined));
}

export async function userByEmail(email: string) {
  const [row] = await (await getDb()).select().from(users).where(eq(users.email, email));
  return row!;
}
