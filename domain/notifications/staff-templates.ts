import "server-only";

import { z } from "zod";

import { escalationDeadlines } from "@/lib/core/values";

import type { RenderedMessage } from "./templates";

// Staff messages name the request and link to its staff page: never the
// resident's tracking link or contact details, which a forwarded e-mail would leak.
const Payload = z.object({
  trackingNumber: z.string().min(1),
  deadline: z.enum(escalationDeadlines),
  dueAt: z.iso.datetime({ offset: true }),
  unitZh: z.string().max(200).default(""),
  unitEn: z.string().max(200).default(""),
});

const zhTime = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
const enTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });

export const staffTemplateNames = ["staff.overdue"];

/** An overdue request, to the unit's leader and the moderators: Chinese, then English. */
export function renderStaffTemplate(template: string, payload: unknown, baseUrl: string): RenderedMessage {
  if (!staffTemplateNames.includes(template)) throw new Error(`unknown notification template: ${template}`);
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new Error(`invalid payload for ${template}: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const p = parsed.data;
  const link = new URL(`/staff/requests/${encodeURIComponent(p.trackingNumber)}`, baseUrl).href;
  const dueZh = zhTime.format(new Date(p.dueAt));
  const dueEn = enTime.format(new Date(p.dueAt));
  const firstResponse = p.deadline === "first_response";
  const whatZh = firstResponse ? "首次答复" : "答复";
  const whatEn = firstResponse ? "first response" : "answer";
  const unitZh = p.unitZh ? `承办单位：${p.unitZh}。` : "尚未分派承办单位。";
  const unitEn = p.unitEn ? `Handled by ${p.unitEn}.` : "No unit has been assigned yet.";
  return {
    subject: `诉求 ${p.trackingNumber} ${whatZh}已超期 / Request ${p.trackingNumber}: ${whatEn} overdue`,
    text: [
      `诉求 ${p.trackingNumber} 的${whatZh}期限（${dueZh}，北京时间）已过，尚未${firstResponse ? "答复" : "办结"}。${unitZh}`,
      `请督促办理：${link}`,
      "",
      `The ${whatEn} to request ${p.trackingNumber} was due by ${dueEn} (Beijing time) and has not been given. ${unitEn}`,
      `Please see that it is handled: ${link}`,
      "",
    ].join("\n"),
  };
}
