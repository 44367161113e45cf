import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/domain/context";

/** The context a signed-in user would have on a request (second factor given, where the role needs one). */
export async function ctxFor(email: string, ip = "127.0.0.1"): Promise<Ctx> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user) throw new Error(`no user ${email}`);
  return {
    actor: {
      userId: user.id,
      role: user.role,
      name: user.name,
      officerId: user.officerId,
      unitId: user.unitId,
      secondFactor: "verified",
      sessionId: null,
    },
    ip,
    locale: "en",
  };
}

export const signedOut: Ctx = { actor: null, ip: "127.0.0.1", locale: "en" };
