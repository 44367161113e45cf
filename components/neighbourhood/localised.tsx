import type { Locale } from "@/domain/context";

/**
 * A text kept in both languages, in the page's: the other language's when the
 * page's is empty (`fallback`), as transparency articles do. Residents' own
 * words are never translated; staff write both where they can.
 */
export function inLocale(zh: string, en: string, locale: Locale): { text: string; fallback: boolean; lang: string } {
  const own = locale === "en" ? en : zh;
  const other = locale === "en" ? zh : en;
  const fallback = !own.trim() && !!other.trim();
  return { text: fallback ? other : own, fallback, lang: (locale === "en") !== fallback ? "en" : "zh-CN" };
}

/** The text in the page's language, marked with its own language when it is the other one. */
export function Localised({ zh, en, locale }: { zh: string; en: string; locale: Locale }) {
  const shown = inLocale(zh, en, locale);
  return shown.fallback ? <span lang={shown.lang}>{shown.text}</span> : <>{shown.text}</>;
}

/** Whether any of these texts is shown in the other language: the item then says so. */
export const anyFallback = (pairs: [string, string][], locale: Locale) => pairs.some(([zh, en]) => inLocale(zh, en, locale).fallback);
