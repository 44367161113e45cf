import "server-only";

import { and, asc, eq, inArray } from "drizzle-orm";

import type { Db } from "@/db/client";
import { statisticsMonthly, units } from "@/db/schema";
import { addRow, emptyTotals, figuresOf, type Count, type Figures } from "@/domain/statistics/figures";
import { sixSmalls, type SixSmall } from "@/lib/core/values";

import { defineDataset, once, type Field } from "../dataset";

type Row = { month: string; unitSlug: string; unitNameZh: string; unitNameEn: string; figures: Figures };

const suppressed = { en: "; empty when from 1 to 4 (suppressed)", zh: "；1 至 4 时不公布（为空）" };
type Words = { en: string; zh: string };
const count = (
  name: string,
  en: string,
  zh: string,
  value: (f: Figures) => Count,
  unit: Words = { en: "requests", zh: "件" },
): Field<Row> => ({
  name,
  type: "integer",
  meaning: { en: en + suppressed.en, zh: zh + suppressed.zh },
  unit,
  example: "12",
  value: (r) => value(r.figures),
});
/** A rate, median or average: empty where the figures suppress it. */
const measure = (name: string, unit: Words, example: string, value: (f: Figures) => number | null, meaning: Words): Field<Row> => ({
  name,
  type: "number",
  meaning,
  unit,
  example,
  value: (r) => value(r.figures),
});
const share = { en: "fraction from 0 to 1", zh: "0 至 1 的比例" };

const categoryNames: Record<SixSmall, { en: string; zh: string }> = {
  incident: { en: "incidents", zh: "小警情" },
  case: { en: "minor cases", zh: "小案件" },
  dispute: { en: "disputes", zh: "小纠纷" },
  hazard: { en: "hazards", zh: "小隐患" },
  petition: { en: "petitions", zh: "小信访" },
  difficulty: { en: "difficulties", zh: "小求助" },
};

const fewerThanFive = { en: "; empty when it rests on fewer than 5 requests", zh: "；所依据件数少于 5 时为空" };

async function statisticsRows(db: Db): Promise<Row[]> {
  const rows = await db
    .select({ row: statisticsMonthly, unitSlug: units.slug, unitNameZh: units.nameZh, unitNameEn: units.nameEn })
    .from(statisticsMonthly)
    .innerJoin(units, and(eq(statisticsMonthly.scope, "unit"), eq(units.id, statisticsMonthly.scopeId)))
    .where(inArray(units.kind, ["station", "brigade"]))
    .orderBy(asc(statisticsMonthly.month), asc(units.sort), asc(units.id));
  return rows.map((r) => ({
    month: r.row.month.slice(0, 7),
    unitSlug: r.unitSlug,
    unitNameZh: r.unitNameZh,
    unitNameEn: r.unitNameEn,
    figures: figuresOf(addRow(emptyTotals(), r.row)),
  }));
}

/**
 * The transparency statistics as open data: a row per month and station or
 * brigade, from the monthly aggregates, with the statistics' own suppression
 * (domain/statistics/figures.ts): no count from 1 to 4, no rate or median
 * resting on fewer than 5 requests.
 */
export const statisticsDataset = defineDataset<Row>({
  id: "statistics",
  title: { en: "Monthly request statistics", zh: "诉求月度统计" },
  description: {
    en: "Requests per month and per station or brigade, by kind and by category, with on-time and satisfaction rates, median response times and the average open-door rating. Small counts are suppressed.",
    zh: "按月、按派出所或大队统计的诉求件数（分类型、分类别），及按时办结率、满意率、响应用时中位数和开门评警平均分。小数值不公布。",
  },
  dependsOn: ["statistics", "directory"],
  batches: (db: Db) => once(statisticsRows(db)),
  fields: [
    {
      name: "month",
      type: "yearmonth",
      meaning: { en: "Month the requests arrived (UTC+8)", zh: "诉求提交月份（北京时间）" },
      example: "2026-04",
      value: (r) => r.month,
    },
    {
      name: "unit_slug",
      type: "string",
      meaning: { en: "Unit (units dataset, slug)", zh: "单位标识" },
      example: "luwan-station",
      value: (r) => r.unitSlug,
    },
    {
      name: "unit_name_zh",
      type: "string",
      meaning: { en: "Unit's name in Chinese", zh: "单位中文名称" },
      example: "芦湾派出所",
      value: (r) => r.unitNameZh,
    },
    {
      name: "unit_name_en",
      type: "string",
      meaning: { en: "Unit's name in English", zh: "单位英文名称" },
      example: "Luwan Police Station",
      value: (r) => r.unitNameEn,
    },
    count("requests", "Requests received", "收到的诉求", (f) => f.requests),
    count("applications", "Applications for services", "办事申请", (f) => f.byKind.application),
    count("questions", "Questions", "咨询", (f) => f.byKind.question),
    count("feedback", "Feedback (problems, complaints, suggestions…)", "反映（问题、投诉、建议等）", (f) => f.byKind.feedback),
    ...sixSmalls.map((c) =>
      count(c, `Problems reported: ${categoryNames[c].en}`, `反映问题：${categoryNames[c].zh}`, (f) => f.byCategory[c]),
    ),
    measure("on_time_rate", share, "0.92", (f) => f.onTime.value, {
      en: "Share answered within the deadline, of those resolved or overdue" + fewerThanFive.en,
      zh: "按时办结率（已办结或已超期的诉求中）" + fewerThanFive.zh,
    }),
    measure("satisfaction_rate", share, "0.85", (f) => f.satisfaction.value, {
      en: "Share of ratings that were satisfied or basically satisfied" + fewerThanFive.en,
      zh: "满意率（满意和基本满意的评价占比）" + fewerThanFive.zh,
    }),
    measure("first_response_hours_median", { en: "working hours", zh: "工作小时" }, "6", (f) => f.firstResponseHours.value, {
      en: "Median time to the first public reply" + fewerThanFive.en,
      zh: "首次公开答复用时中位数" + fewerThanFive.zh,
    }),
    measure("answer_days_median", { en: "working days", zh: "工作日" }, "4", (f) => f.answerDays.value, {
      en: "Median time from arrival to the answer" + fewerThanFive.en,
      zh: "办结用时中位数" + fewerThanFive.zh,
    }),
    count("reopened", "Reopened after a dissatisfied rating", "因不满意评价而重新办理", (f) => f.reopened),
    count(
      "ratings",
      "Open-door ratings given in the month to the unit and its officers",
      "当月群众对本单位及其民警的开门评警评分条数",
      (f) => f.evaluation.of,
      { en: "ratings", zh: "条" },
    ),
    measure("rating_average", { en: "score from 1 to 5", zh: "1 至 5 分" }, "4.3", (f) => f.evaluation.value, {
      en: "Average of those ratings' scores for attitude, efficiency and fairness; empty under 5 ratings",
      zh: "上述评分（态度、效率、公正）的平均分；不足 5 条时为空",
    }),
  ],
});
