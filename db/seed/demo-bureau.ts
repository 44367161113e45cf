/**
 * Demo directory of the fictional 示范市公安局 (Demo City Public Security Bureau):
 * units, officers and the communities / villages each station covers.
 *
 * Pure and deterministic: no database, no clock, no Math.random. Every choice
 * comes from a fixed-seed mulberry32 PRNG, so two calls return deep-equal data.
 * The seeding script maps slugs and badge numbers to database ids.
 *
 * Phone numbers follow obviously fictional patterns: mobiles "1990000xxxx" and
 * landlines "0370-0000xxxx" (a local number never starts with 0).
 */

import { int, mulberry32, pad, pick, range, shuffle } from "./demo-random";
import type { DemoArea, DemoBureau, DemoOfficer, DemoUnit } from "./demo-types";
import { pickSurname, villageCounts, villageStems } from "./demo-villages";
import {
  ALL_DAY,
  at,
  BRIGADES,
  cap,
  CHENGGUAN,
  GIVEN_FEMALE,
  GIVEN_MALE,
  HQ_ROAD,
  OFFICE_HOURS,
  OFFICES,
  placeEn,
  RURAL_TOWNS,
  streetAddress,
  TITLES,
  TOWN_ROADS,
  URBAN_ROADS,
  URBAN_STATIONS,
  WORK_STATION_HOURS,
  type Place,
  type Title,
} from "./demo-words";

export type { DemoArea, DemoBureau, DemoOfficer, DemoUnit };

export const DEMO_BUREAU_NAME = { zh: "示范市公安局", en: "Demo City Public Security Bureau" };

const SEED = 0x5afe_c17;
const VILLAGE_TOTAL = 3706;
const UNPUBLISHED_COUNT = 5;

// ---------------------------------------------------------------------------

export function buildDemoBureau(): DemoBureau {
  const rng = mulberry32(SEED);
  const units: DemoUnit[] = [];
  const officers: DemoOfficer[] = [];
  const areas: DemoArea[] = [];

  const unitNumber = new Map<string, number>();
  const siblings = new Map<string | null, number>();
  const staffCount = new Map<string, number>();
  const usedNames = new Set<string>();
  const mobiles = shuffle(rng, range(10000));
  const landlines = shuffle(rng, range(10000));
  const mobile = () => `1990000${pad(at(mobiles, officers.length), 4)}`;
  let landlineNext = 0;
  const landline = () => `0370-0000${pad(at(landlines, landlineNext++), 4)}`;

  function addUnit(u: Omit<DemoUnit, "dutyPhone" | "sort">): DemoUnit {
    const sort = siblings.get(u.parentSlug) ?? 0;
    siblings.set(u.parentSlug, sort + 1);
    unitNumber.set(u.slug, units.length);
    const unit = { ...u, dutyPhone: landline(), sort };
    units.push(unit);
    return unit;
  }

  function personName(): { nameZh: string; namePinyin: string } {
    for (;;) {
      const surname = pickSurname(rng);
      const pool = rng() < 0.82 ? GIVEN_MALE : GIVEN_FEMALE;
      const given = rng() < 0.3 ? [pick(rng, pool)] : [pick(rng, pool), pick(rng, pool)];
      const nameZh = surname.zh + given.map((g) => g.zh).join("");
      if (usedNames.has(nameZh) || given.some((g) => g.zh === surname.zh)) continue;
      if (given.length === 2 && at(given, 0).py === at(given, 1).py) continue; // no 斌彬-style echoes
      usedNames.add(nameZh);
      return { nameZh, namePinyin: `${cap(surname.py)} ${cap(given.map((g) => g.py).join(""))}` };
    }
  }

  function addOfficer(unitSlug: string, title: Title, leadershipRank: number | null = null): DemoOfficer {
    const unitNo = unitNumber.get(unitSlug);
    const seq = (staffCount.get(unitSlug) ?? 0) + 1;
    if (unitNo === undefined || unitNo > 99 || seq > 99) throw new Error(`cannot number officer in ${unitSlug}`);
    staffCount.set(unitSlug, seq);
    const [titleZh, titleEn] = TITLES[title];
    const officer: DemoOfficer = {
      badgeNumber: `04${pad(unitNo, 2)}${pad(seq, 2)}`, // 04 = bureau, then unit, then sequence
      ...personName(),
      titleZh,
      titleEn,
      unitSlug,
      phone: mobile(),
      officePhone: landline(),
      leadershipRank,
      published: true,
      sort: seq,
    };
    officers.push(officer);
    return officer;
  }
  const addStaff = (unitSlug: string, title: Title, count: number) => range(count).map(() => addOfficer(unitSlug, title));

  // Bureau and its leadership.
  const hq = streetAddress(CHENGGUAN, HQ_ROAD, 18);
  addUnit({
    slug: "bureau",
    nameZh: DEMO_BUREAU_NAME.zh,
    nameEn: DEMO_BUREAU_NAME.en,
    kind: "bureau",
    rural: false,
    parentSlug: null,
    ...hq,
    ...OFFICE_HOURS,
  });
  addOfficer("bureau", "chief", 1);
  addOfficer("bureau", "commissar", 2);
  for (const rank of [3, 4, 5, 6]) addOfficer("bureau", "deputyChief", rank);
  addOfficer("bureau", "discipline", 7);

  // Offices share the headquarters building; brigades sit elsewhere in town.
  for (const o of OFFICES) {
    addUnit({
      slug: o.slug,
      nameZh: o.zh,
      nameEn: o.en,
      kind: "office",
      rural: false,
      parentSlug: "bureau",
      ...hq,
      ...(o.allDay ? ALL_DAY : OFFICE_HOURS),
    });
    addOfficer(o.slug, "officeHead");
    addOfficer(o.slug, "officeDeputy");
    addStaff(o.slug, "officer", int(rng, 2, 4));
    addStaff(o.slug, "auxiliary", int(rng, 0, 1));
  }
  for (const b of BRIGADES) {
    addUnit({
      slug: b.slug,
      nameZh: b.zh,
      nameEn: b.en,
      kind: "brigade",
      rural: false,
      parentSlug: "bureau",
      ...streetAddress(CHENGGUAN, pick(rng, URBAN_ROADS), int(rng, 2, 260)),
      ...(b.allDay ? ALL_DAY : OFFICE_HOURS),
    });
    addOfficer(b.slug, "brigadeHead");
    addOfficer(b.slug, "instructor");
    addStaff(b.slug, "brigadeDeputy", int(rng, 1, 2));
    addStaff(b.slug, "officer", int(rng, 4, 8));
    addStaff(b.slug, "auxiliary", int(rng, 1, 3));
  }

  // Urban stations: one community police officer per community.
  for (const s of URBAN_STATIONS) {
    const slug = `${s.py}-station`;
    addUnit({
      slug,
      nameZh: `${s.zh}派出所`,
      nameEn: s.en,
      kind: "station",
      rural: false,
      parentSlug: "bureau",
      ...streetAddress(s.district, s.road, int(rng, 2, 260)),
      ...ALL_DAY,
    });
    addOfficer(slug, "stationHead");
    addOfficer(slug, "instructor");
    addStaff(slug, "stationDeputy", 2);
    const beat = addStaff(slug, "community", s.communities.length);
    addStaff(slug, "officer", int(rng, 4, 7));
    addStaff(slug, "auxiliary", int(rng, 4, 6));
    s.communities.forEach((c, i) => {
      areas.push({
        unitSlug: slug,
        nameZh: `${c.zh}社区`,
        nameEn: `${placeEn(c)} Community`,
        namePinyin: `${c.py}shequ`,
        kind: "community",
        responsibleBadge: at(beat, i).badgeNumber,
      });
    });
  }

  // Rural stations: 2–4 work stations each; villages are split into contiguous
  // runs, one per responsible officer (area officers of the station and the
  // community officers of its work stations).
  const counts = villageCounts(rng, RURAL_TOWNS.length, VILLAGE_TOTAL);
  const stems = villageStems(rng, VILLAGE_TOTAL);
  let offset = 0;
  RURAL_TOWNS.forEach((t, ti) => {
    const villages = stems.slice(offset, (offset += at(counts, ti)));
    const town: Place = { zh: `${t.zh}${t.x}`, en: `${cap(t.py)} ${t.x === "乡" ? "Township" : "Town"}` };
    const slug = `${t.py}-station`;
    const wsCount = int(rng, 2, 4);
    const wsPolice = range(wsCount).map(() => int(rng, 1, 2));
    const wsAux = range(wsCount).map(() => (rng() < 0.4 ? 1 : 0));
    const beats = int(rng, 3, 5);

    // Interleave work-station officers and station area officers around the map.
    const order: { ws: number | null; i: number }[] = [];
    for (let k = 0; k < Math.max(wsCount, beats); k++) {
      if (k < wsCount) for (let i = 0; i < at(wsPolice, k); i++) order.push({ ws: k, i });
      if (k < beats) order.push({ ws: null, i: k });
    }
    const runStart = (j: number) => Math.floor((j * villages.length) / order.length);
    // A work station sits in the middle village of its first officer's run.
    const hosts = range(wsCount).map((k) => {
      const j = order.findIndex((o) => o.ws === k);
      return at(villages, Math.floor((runStart(j) + runStart(j + 1)) / 2));
    });

    addUnit({
      slug,
      nameZh: `${t.zh}派出所`,
      nameEn: `${cap(t.py)} Police Station`,
      kind: "station",
      rural: true,
      parentSlug: "bureau",
      ...streetAddress(town, pick(rng, TOWN_ROADS), int(rng, 1, 120)),
      ...ALL_DAY,
    });
    const wsSlugs = hosts.map((h) => {
      const wsSlug = `${t.py}-${h.py}-work-station`;
      addUnit({
        slug: wsSlug,
        nameZh: `${h.zh}警务工作站`,
        nameEn: `${cap(h.py)} Police Work Station`,
        kind: "work_station",
        rural: true,
        parentSlug: slug,
        addressZh: `示范市${town.zh}${h.zh}村`,
        addressEn: `${cap(h.py)} Village, ${town.en}, Demo City`,
        ...WORK_STATION_HOURS,
      });
      return wsSlug;
    });

    addOfficer(slug, "stationHead");
    addOfficer(slug, "instructor");
    addStaff(slug, "stationDeputy", int(rng, 1, 2));
    const areaOfficers = addStaff(slug, "beat", beats);
    addStaff(slug, "officer", int(rng, 4, 7));
    addStaff(slug, "auxiliary", int(rng, 3, 5));
    const wsOfficers = wsSlugs.map((wsSlug, k) => {
      const police = addStaff(wsSlug, "community", at(wsPolice, k));
      addStaff(wsSlug, "auxiliary", at(wsAux, k));
      return police;
    });

    order.forEach((o, j) => {
      const officer = o.ws === null ? at(areaOfficers, o.i) : at(at(wsOfficers, o.ws), o.i);
      for (let v = runStart(j); v < runStart(j + 1); v++) {
        const stem = at(villages, v);
        areas.push({
          unitSlug: slug,
          nameZh: `${stem.zh}村`,
          nameEn: `${cap(stem.py)} Village`,
          namePinyin: `${stem.py}cun`,
          kind: "village",
          responsibleBadge: officer.badgeNumber,
        });
      }
    });
  });

  // A few rank-and-file officers are not shown publicly (none is responsible for an area).
  const hidden = shuffle(
    rng,
    officers.filter((o) => o.titleZh === TITLES.officer[0]),
  );
  for (const o of hidden.slice(0, UNPUBLISHED_COUNT)) o.published = false;

  return { units, officers, areas };
}
