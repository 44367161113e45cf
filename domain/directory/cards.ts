import { officers, units } from "@/db/schema";

/** What public pages show of a unit when they mention it. */
export type UnitRef = { slug: string; nameZh: string; nameEn: string };
export const unitRefColumns = { slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn };

/** What public pages show of an officer: never more than the published directory holds. */
export type OfficerCard = {
  badgeNumber: string;
  nameZh: string;
  namePinyin: string;
  titleZh: string;
  titleEn: string;
  phone: string;
  officePhone: string;
  leadershipRank: number | null;
  unit: UnitRef;
};
export const officerCardColumns = {
  badgeNumber: officers.badgeNumber,
  nameZh: officers.nameZh,
  namePinyin: officers.namePinyin,
  titleZh: officers.titleZh,
  titleEn: officers.titleEn,
  phone: officers.phone,
  officePhone: officers.officePhone,
  leadershipRank: officers.leadershipRank,
  unit: unitRefColumns,
};
