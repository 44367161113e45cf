import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { findActiveActor } from "@/domain/accounts/queries";
import type { Ctx } from "@/domain/context";
import { getLocale } from "@/lib/i18n/locale";
import { clientIp } from "@/lib/request-ip";

import { auth } from "./index";

/**
 * The domain context for this request. The session's user is looked up in the
 * database every time, so disabling an account or "sign out everywhere" takes
 * effect on the very next request.
 */
export const getCtx = cache(async (): Promise<Ctx> => {
  const [session, headerList, locale] = await Promise.all([auth(), headers(), getLocale()]);
  const claims = session as { uid?: unknown; sv?: unknown } | null;
  const ip = clientIp(headerList);
  if (typeof claims?.uid !== "number" || typeof claims.sv !== "number") return { actor: null, ip, locale };
  const actor = await findActiveActor(claims.uid, claims.sv);
  return { actor, ip, locale };
});
