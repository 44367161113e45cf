import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { findSessionActor } from "@/domain/accounts/sessions";
import type { Ctx } from "@/domain/context";
import { getLocale } from "@/lib/i18n/locale";
import { clientIp } from "@/lib/request-ip";

import { auth } from "./index";

// Auth.js's cookie, plain or chunked, with or without the __Secure- prefix.
const sessionCookie = /authjs\.session-token(\.\d+)?$/;

/**
 * The session the cookie names. Without the cookie there is none, and Auth.js
 * is not asked: it would set up its whole request handling (a CSRF token
 * hashed included) to say so, on every page a visitor opens.
 */
async function sessionOf(jar: Awaited<ReturnType<typeof cookies>>) {
  return jar.getAll().some((cookie) => sessionCookie.test(cookie.name)) ? auth() : null;
}

/**
 * The domain context for this request. The session is looked up in the
 * database every time (one query by primary key), so signing out, a timeout,
 * disabling an account or "sign out everywhere" takes effect on the very next
 * request.
 */
export const getCtx = cache(async (): Promise<Ctx> => {
  const [session, headerList, locale] = await Promise.all([sessionOf(await cookies()), headers(), getLocale()]);
  const sid = (session as { sid?: unknown } | null)?.sid;
  const ip = clientIp(headerList);
  if (typeof sid !== "string") return { actor: null, ip, locale };
  return { actor: await findSessionActor(sid), ip, locale };
});
