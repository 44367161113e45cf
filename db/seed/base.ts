import type { Db } from "../client";
import { holidays, settings } from "../schema";
import { chinaHolidays } from "./holidays";

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
  // Working days to answer, per six-smalls class and feedback topic.
  deadlines: {
    incident: 3,
    case: 10,
    dispute: 7,
    hazard: 5,
    petition: 15,
    difficulty: 7,
    complaint: 10,
    suggestion: 15,
    praise: 5,
    chief_letter: 15,
    tip: 5,
    question: 3,
  },
};

export async function seedBase(db: Db): Promise<void> {
  await db
    .insert(settings)
    .values(Object.entries(defaultSettings).map(([key, value]) => ({ key, value })))
    .onConflictDoNothing({ target: settings.key });
  // The holiday calendar for this year and next; admins' own changes are kept.
  await db.insert(holidays).values(chinaHolidays).onConflictDoNothing({ target: holidays.date });
}
