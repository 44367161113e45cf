import "server-only";

import { inArray } from "drizzle-orm";

import { getDb } from "@/db/client";
import { settings } from "@/db/schema";

import { cached } from "../cache";
import type { Locale } from "../context";

export type SiteInfo = { bureauName: string; address: string; dutyPhone: string; demoData: boolean };

type BureauSetting = { nameZh: string; nameEn: string; addressZh: string; addressEn: string; dutyPhone: string };

/** The bureau's name, address and duty phone in the reader's language; public, and cached (domain/cache.ts). */
export async function getSiteInfo(locale: Locale): Promise<SiteInfo> {
  const byKey = await cached("site", "site", async () => {
    const db = await getDb();
    const rows = await db
      .select()
      .from(settings)
      .where(inArray(settings.key, ["bureau", "demoData"]));
    return new Map(rows.map((r) => [r.key, r.value]));
  });
  const bureau = (byKey.get("bureau") ?? {}) as Partial<BureauSetting>;
  const en = locale === "en";
  return {
    bureauName: (en ? bureau.nameEn : bureau.nameZh) ?? "",
    address: (en ? bureau.addressEn : bureau.addressZh) ?? "",
    dutyPhone: bureau.dutyPhone ?? "110",
    demoData: byKey.get("demoData") === true,
  };
}
