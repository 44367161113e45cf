import type { NextRequest } from "next/server";

import { handlers } from "@/lib/auth";
import { getCtx } from "@/lib/auth/context";

/**
 * next-auth's own routes, except that /api/auth/session answers from the
 * sessions table: a session that was signed out, timed out or revoked is
 * described as no session at all (null), whatever the cookie says.
 */
export async function GET(request: NextRequest) {
  if (!request.nextUrl.pathname.endsWith("/session")) return handlers.GET(request);
  const { actor } = await getCtx();
  const body = actor ? { user: { name: actor.name, role: actor.role } } : null;
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

export const POST = handlers.POST;
