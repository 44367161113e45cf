import type { Locale } from "@/domain/context";

/** Text in brackets as each language writes them: full-width in Chinese（城区）, plain in English (urban). */
export function inBrackets(text: string, locale: Locale): string {
  return locale === "en" ? `(${text})` : `（${text}）`;
}
