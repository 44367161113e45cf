import type { Db } from "../client";
import { settings } from "../schema";

/** Site settings every installation needs; existing values are kept. */
export const defaultSettings: Record<string, unknown> = {
  bureau: {
    nameZh: "公安局",
    nameEn: "Public Security Bureau",
    addressZh: "",
    addressEn: "",
    dutyPhone: "110",
  },
  demoData: false,
};

export async function seedBase(db: Db): Promise<void> {
  await db
    .insert(settings)
    .values(Object.entries(defaultSettings).map(([key, value]) => ({ key, value })))
    .onConflictDoNothing({ target: settings.key });
}
