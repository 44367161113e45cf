import "server-only";

import { headers } from "next/headers";

import { anonymousCtx, type Ctx } from "@/domain/context";
import { ValidationError } from "@/domain/errors";
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

/** A reader may name the jurisdiction as the standard allows; another one than ours is refused, not ignored. */
export async function checkJurisdiction(request: Request): Promise<void> {
  const asked = new URL(request.url).searchParams.get("jurisdiction_id");
  if (asked !== null && asked !== "" && asked !== (await jurisdictionId()))
    throw new ValidationError({ jurisdiction_id: "unknownJurisdiction" });
}
