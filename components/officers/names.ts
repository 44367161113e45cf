import type { Locale } from "@/domain/context";

type Named = { nameZh: string; nameEn: string };
type Person = { nameZh: string; namePinyin: string };
type Titled = { titleZh: string; titleEn: string };

/** English pages show names in pinyin; Chinese pages in hanzi. */
export const personName = (p: Person, locale: Locale) => (locale === "en" ? p.namePinyin : p.nameZh);
export const placeName = (n: Named, locale: Locale) => (locale === "en" ? n.nameEn : n.nameZh);
export const titleOf = (t: Titled, locale: Locale) => (locale === "en" ? t.titleEn : t.titleZh);
