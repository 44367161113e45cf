/**
 * Mainland China public holidays and make-up working days (调休上班日): the
 * exceptions to the weekday/weekend rule that request deadlines follow.
 *
 * 2026 is OFFICIAL: 国务院办公厅关于2026年部分节假日安排的通知 (State Council
 * General Office, 4 November 2025).
 *
 * 2027 is a PROJECTION, not the announced schedule: the notice is usually
 * published in November of the year before. Admins must check it against the
 * official notice in /staff/settings. It applies the rules the State Council has
 * used since 2025: Spring Festival off from the eve (除夕), joined to the adjacent
 * weekend as in 2026; Labour Day 5 days, National Day 7; New Year, Qingming,
 * Dragon Boat and Mid-Autumn joined to the weekend, except that a holiday
 * falling on a Wednesday is that day alone (Dragon Boat and Mid-Autumn 2027);
 * never more than six working days in a row. Lunar dates: Spring Festival
 * 6 February, Qingming 5 April, Dragon Boat 9 June, Mid-Autumn 15 September.
 *
 * Every day of a holiday block is listed, weekend days included, so the
 * calendar can name each one.
 */

const newYear = { nameZh: "元旦", nameEn: "New Year's Day" };
const springFestival = { nameZh: "春节", nameEn: "Spring Festival" };
const qingming = { nameZh: "清明节", nameEn: "Qingming Festival" };
const labourDay = { nameZh: "劳动节", nameEn: "Labour Day" };
const dragonBoat = { nameZh: "端午节", nameEn: "Dragon Boat Festival" };
const midAutumn = { nameZh: "中秋节", nameEn: "Mid-Autumn Festival" };
const nationalDay = { nameZh: "国庆节", nameEn: "National Day" };

// Make-up working days carry the holiday they pay for, so admins can tell them apart.
const newYearMakeUp = { nameZh: "调休上班（元旦）", nameEn: "Make-up working day (New Year's Day)" };
const springFestivalMakeUp = { nameZh: "调休上班（春节）", nameEn: "Make-up working day (Spring Festival)" };
const labourDayMakeUp = { nameZh: "调休上班（劳动节）", nameEn: "Make-up working day (Labour Day)" };
const nationalDayMakeUp = { nameZh: "调休上班（国庆节）", nameEn: "Make-up working day (National Day)" };

export const chinaHolidays: { date: string; kind: "holiday" | "workday"; nameZh: string; nameEn: string }[] = [
  // 2026 — official.
  { date: "2026-01-01", kind: "holiday", ...newYear },
  { date: "2026-01-02", kind: "holiday", ...newYear },
  { date: "2026-01-03", kind: "holiday", ...newYear },
  { date: "2026-01-04", kind: "workday", ...newYearMakeUp },
  { date: "2026-02-14", kind: "workday", ...springFestivalMakeUp },
  { date: "2026-02-15", kind: "holiday", ...springFestival },
  { date: "2026-02-16", kind: "holiday", ...springFestival },
  { date: "2026-02-17", kind: "holiday", ...springFestival },
  { date: "2026-02-18", kind: "holiday", ...springFestival },
  { date: "2026-02-19", kind: "holiday", ...springFestival },
  { date: "2026-02-20", kind: "holiday", ...springFestival },
  { date: "2026-02-21", kind: "holiday", ...springFestival },
  { date: "2026-02-22", kind: "holiday", ...springFestival },
  { date: "2026-02-23", kind: "holiday", ...springFestival },
  { date: "2026-02-28", kind: "workday", ...springFestivalMakeUp },
  { date: "2026-04-04", kind: "holiday", ...qingming },
  { date: "2026-04-05", kind: "holiday", ...qingming },
  { date: "2026-04-06", kind: "holiday", ...qingming },
  { date: "2026-05-01", kind: "holiday", ...labourDay },
  { date: "2026-05-02", kind: "holiday", ...labourDay },
  { date: "2026-05-03", kind: "holiday", ...labourDay },
  { date: "2026-05-04", kind: "holiday", ...labourDay },
  { date: "2026-05-05", kind: "holiday", ...labourDay },
  { date: "2026-05-09", kind: "workday", ...labourDayMakeUp },
  { date: "2026-06-19", kind: "holiday", ...dragonBoat },
  { date: "2026-06-20", kind: "holiday", ...dragonBoat },
  { date: "2026-06-21", kind: "holiday", ...dragonBoat },
  { date: "2026-09-20", kind: "workday", ...nationalDayMakeUp },
  { date: "2026-09-25", kind: "holiday", ...midAutumn },
  { date: "2026-09-26", kind: "holiday", ...midAutumn },
  { date: "2026-09-27", kind: "holiday", ...midAutumn },
  { date: "2026-10-01", kind: "holiday", ...nationalDay },
  { date: "2026-10-02", kind: "holiday", ...nationalDay },
  { date: "2026-10-03", kind: "holiday", ...nationalDay },
  { date: "2026-10-04", kind: "holiday", ...nationalDay },
  { date: "2026-10-05", kind: "holiday", ...nationalDay },
  { date: "2026-10-06", kind: "holiday", ...nationalDay },
  { date: "2026-10-07", kind: "holiday", ...nationalDay },
  { date: "2026-10-10", kind: "workday", ...nationalDayMakeUp },

  // 2027 — projection; check against the official notice.
  { date: "2027-01-01", kind: "holiday", ...newYear },
  { date: "2027-01-02", kind: "holiday", ...newYear },
  { date: "2027-01-03", kind: "holiday", ...newYear },
  { date: "2027-01-31", kind: "workday", ...springFestivalMakeUp },
  { date: "2027-02-05", kind: "holiday", ...springFestival },
  { date: "2027-02-06", kind: "holiday", ...springFestival },
  { date: "2027-02-07", kind: "holiday", ...springFestival },
  { date: "2027-02-08", kind: "holiday", ...springFestival },
  { date: "2027-02-09", kind: "holiday", ...springFestival },
  { date: "2027-02-10", kind: "holiday", ...springFestival },
  { date: "2027-02-11", kind: "holiday", ...springFestival },
  { date: "2027-02-12", kind: "holiday", ...springFestival },
  { date: "2027-02-13", kind: "holiday", ...springFestival },
  { date: "2027-02-14", kind: "workday", ...springFestivalMakeUp },
  { date: "2027-04-03", kind: "holiday", ...qingming },
  { date: "2027-04-04", kind: "holiday", ...qingming },
  { date: "2027-04-05", kind: "holiday", ...qingming },
  { date: "2027-05-01", kind: "holiday", ...labourDay },
  { date: "2027-05-02", kind: "holiday", ...labourDay },
  { date: "2027-05-03", kind: "holiday", ...labourDay },
  { date: "2027-05-04", kind: "holiday", ...labourDay },
  { date: "2027-05-05", kind: "holiday", ...labourDay },
  { date: "2027-05-08", kind: "workday", ...labourDayMakeUp },
  { date: "2027-06-09", kind: "holiday", ...dragonBoat },
  { date: "2027-09-15", kind: "holiday", ...midAutumn },
  { date: "2027-09-26", kind: "workday", ...nationalDayMakeUp },
  { date: "2027-10-01", kind: "holiday", ...nationalDay },
  { date: "2027-10-02", kind: "holiday", ...nationalDay },
  { date: "2027-10-03", kind: "holiday", ...nationalDay },
  { date: "2027-10-04", kind: "holiday", ...nationalDay },
  { date: "2027-10-05", kind: "holiday", ...nationalDay },
  { date: "2027-10-06", kind: "holiday", ...nationalDay },
  { date: "2027-10-07", kind: "holiday", ...nationalDay },
  { date: "2027-10-09", kind: "workday", ...nationalDayMakeUp },
];
