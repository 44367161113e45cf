import type { MaterialForm, ServiceCategory } from "@/lib/core/values";

/** A demo service as written in the seed files; ids and pinyin are filled in when it is inserted. */
export type DemoService = {
  slug: string;
  category: ServiceCategory;
  title: [zh: string, en: string];
  summary: [zh: string, en: string];
  eligibility: [zh: string, en: string];
  keywords: string;
  materials: [zh: string, en: string, form: MaterialForm, count: number][];
  steps: [zh: string, en: string][];
  timeLimitDays: number;
  fee?: [zh: string, en: string];
  // Unit slugs, or "local": the station of the resident's village or community.
  units: string[] | "local";
  legalBasis: [zh: string, en: string];
};

export const applyOnline: [string, string] = ["网上提交申请", "Apply online on this site"];
export const acceptAtCounter: [string, string] = ["窗口受理、审核", "The counter checks and accepts the application"];
export const collect: [string, string] = ["领取证件或邮寄送达", "Collect the document, or have it posted"];
