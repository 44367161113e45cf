"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { signOut } from "@/lib/auth";
import { localeCookie } from "@/lib/i18n/negotiate";
import { safeReturnPath } from "@/lib/return-path";

const SetLocaleInput = z.object({ locale: z.enum(["zh-CN", "en"]), returnTo: z.string().max(2000).optional() });

/** The language switcher: remembered in a cookie for a year; works without JavaScript. */
export async function setLocaleAction(formData: FormData) {
  const parsed = SetLocaleInput.safeParse(Object.fromEntries(formData));
  const returnTo = safeReturnPath(parsed.success ? parsed.data.returnTo : undefined);
  if (parsed.success) {
    (await cookies()).set(localeCookie, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  redirect(returnTo);
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
