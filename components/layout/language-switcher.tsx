import { getLocale } from "next-intl/server";
import { headers } from "next/headers";

import { setLocaleAction } from "@/app/actions";

/** A plain form, so switching works without JavaScript; the choice is kept in a cookie. */
export async function LanguageSwitcher() {
  const locale = await getLocale();
  const returnTo = (await headers()).get("x-pathname") ?? "/";
  const other = locale === "en" ? { locale: "zh-CN", label: "中文", lang: "zh-CN" } : { locale: "en", label: "English", lang: "en" };
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other.locale} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" lang={other.lang} className="rounded border border-white/70 px-2 py-1 text-sm text-white hover:bg-white/10">
        {other.label}
      </button>
    </form>
  );
}
