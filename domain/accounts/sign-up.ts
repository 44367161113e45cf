import "server-only";

import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/core/password";

import type { Ctx } from "../context";
import { ValidationError } from "../errors";
import { parseForm } from "../validation";
import { SignUpForm } from "./schemas";

/** A resident creates an account. Staff accounts are made by admins, never here. */
export async function signUp(ctx: Ctx, input: unknown): Promise<{ userId: number; email: string }> {
  const data = parseForm(SignUpForm, input);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  try {
    const [user] = await db
      .insert(users)
      .values({ email: data.email, name: data.name, passwordHash, role: "resident" })
      .returning({ id: users.id });
    return { userId: user!.id, email: data.email };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ email: "emailTaken" });
    throw error;
  }
}
