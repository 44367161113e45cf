import "server-only";

import { and, asc, eq, sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { publishedOfficerRows, type PublishedOfficerRow } from "@/domain/directory/public-csv";

import { defineDataset, once } from "../dataset";

/** The public officer directory: the same columns as /officers.csv, published officers only. */
export const officersDataset = defineDataset<PublishedOfficerRow>({
  id: "officers",
  title: { en: "Officer directory", zh: "民警通讯录" },
  description: {
    en: "Published officers with their unit, work phones and the villages and communities they are responsible for.",
    zh: "已公开的民警，含所在单位、工作电话和责任村（社区）。",
  },
  dependsOn: ["directory"],
  batches: (db: Db) => once(publishedOfficerRows(db)),
  fields: [
    { name: "badge_number", type: "string", meaning: { en: "Badge number", zh: "警号" }, example: "040001", value: (r) => r.badgeNumber },
    { name: "name", type: "string", meaning: { en: "Name in Chinese", zh: "姓名" }, example: "黄翔", value: (r) => r.nameZh },
    {
      name: "name_pinyin",
      type: "string",
      meaning: { en: "Name in pinyin", zh: "姓名拼音" },
      example: "Huang Xiang",
      value: (r) => r.namePinyin,
    },
    { name: "title", type: "string", meaning: { en: "Post, in Chinese", zh: "职务" }, example: "局长", value: (r) => r.titleZh },
    {
      name: "unit",
      type: "string",
      meaning: { en: "Unit's name, in Chinese", zh: "所在单位" },
      example: "芦湾派出所",
      value: (r) => r.unitName,
    },
    {
      name: "unit_slug",
      type: "string",
      meaning: { en: "Unit's identifier (units dataset, slug)", zh: "单位标识（对应单位数据集的 slug）" },
      example: "luwan-station",
      value: (r) => r.unitSlug,
    },
    { name: "phone", type: "string", meaning: { en: "Work mobile phone", zh: "工作手机" }, example: "13800000000", value: (r) => r.phone },
    {
      name: "office_phone",
      type: "string",
      meaning: { en: "Office phone", zh: "办公电话" },
      example: "0571-12345678",
      value: (r) => r.officePhone,
    },
    {
      name: "areas",
      type: "string",
      meaning: { en: 'Villages and communities the officer is responsible for, separated by ";"', zh: "责任村（社区），以“;”分隔" },
      example: "王庄村;李庄村",
      value: (r) => r.areas ?? "",
    },
  ],
});

function unitRows(db: Db) {
  return db
    .select({
      unit: {
        slug: units.slug,
        nameZh: units.nameZh,
        nameEn: units.nameEn,
        kind: units.kind,
        rural: units.rural,
        addressZh: units.addressZh,
        addressEn: units.addressEn,
        dutyPhone: units.dutyPhone,
        hoursZh: units.hoursZh,
        hoursEn: units.hoursEn,
      },
      parentSlug: sql<string | null>`(select p.slug from units p where p.id = units.parent_id)`,
    })
    .from(units)
    .orderBy(asc(units.sort), asc(units.id));
}

/** Every unit of the bureau, with its parent, address, duty phone and hours. */
export const unitsDataset = defineDataset<Awaited<ReturnType<typeof unitRows>>[number]>({
  id: "units",
  title: { en: "Units", zh: "机构" },
  description: { en: "The bureau's units: stations, brigades, work stations and offices.", zh: "本局各单位：派出所、大队、警务室和科室。" },
  dependsOn: ["directory"],
  batches: (db: Db) => once(unitRows(db)),
  fields: [
    {
      name: "slug",
      type: "string",
      meaning: { en: "Unit's identifier", zh: "单位标识" },
      example: "luwan-station",
      value: (r) => r.unit.slug,
    },
    {
      name: "name_zh",
      type: "string",
      meaning: { en: "Name in Chinese", zh: "中文名称" },
      example: "芦湾派出所",
      value: (r) => r.unit.nameZh,
    },
    {
      name: "name_en",
      type: "string",
      meaning: { en: "Name in English", zh: "英文名称" },
      example: "Luwan Police Station",
      value: (r) => r.unit.nameEn,
    },
    {
      name: "kind",
      type: "string",
      meaning: { en: "bureau, station, brigade, work_station or office", zh: "类型：bureau、station、brigade、work_station 或 office" },
      example: "station",
      value: (r) => r.unit.kind,
    },
    {
      name: "rural",
      type: "boolean",
      meaning: { en: "A rural station", zh: "是否农村派出所" },
      example: "false",
      value: (r) => r.unit.rural,
    },
    {
      name: "parent_slug",
      type: "string",
      meaning: { en: "The unit it belongs to (slug); empty for the bureau", zh: "上级单位标识；本局为空" },
      example: "bureau",
      value: (r) => r.parentSlug,
    },
    {
      name: "address_zh",
      type: "string",
      meaning: { en: "Address in Chinese", zh: "中文地址" },
      example: "芦湾镇人民路 1 号",
      value: (r) => r.unit.addressZh,
    },
    {
      name: "address_en",
      type: "string",
      meaning: { en: "Address in English", zh: "英文地址" },
      example: "1 Renmin Road",
      value: (r) => r.unit.addressEn,
    },
    {
      name: "duty_phone",
      type: "string",
      meaning: { en: "Duty phone", zh: "值班电话" },
      example: "0571-12345678",
      value: (r) => r.unit.dutyPhone,
    },
    {
      name: "hours_zh",
      type: "string",
      meaning: { en: "Opening hours in Chinese", zh: "中文办公时间" },
      example: "周一至周五 9:00–17:00",
      value: (r) => r.unit.hoursZh,
    },
    {
      name: "hours_en",
      type: "string",
      meaning: { en: "Opening hours in English", zh: "英文办公时间" },
      example: "Mon–Fri 9:00–17:00",
      value: (r) => r.unit.hoursEn,
    },
  ],
});

/** Villages and communities, the unit that polices each and its community officer (when published). */
export const areasDataset = defineDataset({
  id: "areas",
  title: { en: "Villages and communities", zh: "村（社区）" },
  description: {
    en: "Every village and community, the station responsible for it and its community officer.",
    zh: "各村（社区）、负责的派出所及其社区民警。",
  },
  dependsOn: ["directory"],
  batches: (db: Db) =>
    once(
      db
        .select({ area: areas, unitSlug: units.slug, badge: officers.badgeNumber })
        .from(areas)
        .innerJoin(units, eq(units.id, areas.unitId))
        .leftJoin(officers, and(eq(officers.id, areas.responsibleOfficerId), eq(officers.published, true)))
        .orderBy(asc(units.sort), asc(units.id), asc(areas.namePinyin), asc(areas.id)),
    ),
  fields: [
    {
      name: "unit_slug",
      type: "string",
      meaning: { en: "Responsible unit (slug)", zh: "负责单位标识" },
      example: "luwan-station",
      value: (r) => r.unitSlug,
    },
    { name: "name_zh", type: "string", meaning: { en: "Name in Chinese", zh: "中文名称" }, example: "王庄村", value: (r) => r.area.nameZh },
    {
      name: "name_en",
      type: "string",
      meaning: { en: "Name in English", zh: "英文名称" },
      example: "Wangzhuang Village",
      value: (r) => r.area.nameEn,
    },
    {
      name: "name_pinyin",
      type: "string",
      meaning: { en: "Toneless pinyin", zh: "拼音（无声调）" },
      example: "wangzhuangcun",
      value: (r) => r.area.namePinyin,
    },
    {
      name: "kind",
      type: "string",
      meaning: { en: "village or community", zh: "类型：village（村）或 community（社区）" },
      example: "village",
      value: (r) => r.area.kind,
    },
    {
      name: "officer_badge",
      type: "string",
      meaning: {
        en: "Community officer's badge number (officers dataset); empty when none is published",
        zh: "社区民警警号；未公开时为空",
      },
      example: "040012",
      value: (r) => r.badge,
    },
  ],
});
