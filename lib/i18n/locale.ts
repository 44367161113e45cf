import "server-only";

import { cookies, headers } from "next/headers";

import type { Locale } from "@/domain/context";

import { isLocale, localeCookie, negotiateLocale } from "./negotiate";

/** The chosen language: the remembered cookie first, then the browser's languages. */
export async function getLocale(): Promise<Locale> {
  const remembered = (await cookies()).get(localeCookie)?.value;
  if (isLocale(remembered)) return remembered;
  return negotiateLocale((await headers()).get("accept-language"));
}
