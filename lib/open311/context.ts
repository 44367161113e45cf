import "server-only";

import { headers } from "next/headers";

import { anonymousCtx, type Ctx } from "@/domain/context";
import { getLocale } from "@/lib/i18n/locale";
import { clientIp } from "@/lib/request-ip";
import { siteOrigin } from "@/lib/site-url";

/** Open311 callers have no session: the reader's language and address only. */
export async function open311Ctx(): Promise<Ctx> {
  return anonymousCtx(await getLocale(), clientIp(await headers()));
}

/** The jurisdiction this server answers for: its host, as discovery names it. */
export async function jurisdictionId(): Promise<string> {
  return new URL(await siteOrigin()).host;
}
