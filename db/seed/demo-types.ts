// What the demo bureau is made of: units, officers and areas, as the seeding script reads them.

export type DemoUnit = {
  slug: string;
  nameZh: string;
  nameEn: string;
  kind: "bureau" | "station" | "brigade" | "work_station" | "office";
  rural: boolean;
  parentSlug: string | null; // parents always come before their children
  addressZh: string;
  addressEn: string;
  dutyPhone: string;
  hoursZh: string;
  hoursEn: string;
  sort: number; // order among siblings
};
export type DemoOfficer = {
  badgeNumber: string; // "04" + two-digit unit number + two-digit sequence
  nameZh: string;
  namePinyin: string; // "Wang Jianguo"
  titleZh: string;
  titleEn: string;
  unitSlug: string;
  phone: string;
  officePhone: string;
  leadershipRank: number | null;
  published: boolean;
  sort: number; // order within the unit
};
export type DemoArea = {
  unitSlug: string; // always a station (villages: the rural station, not a work station)
  nameZh: string;
  nameEn: string;
  namePinyin: string; // "wangzhuangcun"
  kind: "community" | "village";
  responsibleBadge: string;
};
export type DemoBureau = { units: DemoUnit[]; officers: DemoOfficer[]; areas: DemoArea[] };
