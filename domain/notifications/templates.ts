import "server-only";

import { z } from "zod";

import type { RequestLocale } from "@/lib/core/values";

import { renderAccountTemplate } from "./account-templates";
import { renderDeskTemplate } from "./desk-templates";
import { renderStaffTemplate } from "./staff-templates";

export type RenderedMessage = { subject: string; text: string };

// Only these fields are ever read from a payload: anything else in it (an
// access code written by mistake, say) is dropped here and never reaches a message.
const Payload = z.object({
  trackingNumber: z.string().min(1),
  trackToken: z.string().min(1),
  deadlineAt: z.iso.datetime({ offset: true }).optional(),
});
type Payload = z.infer<typeof Payload>;

type Parts = { subjectZh: string; subjectEn: string; zh: (string | null)[]; en: (string | null)[] };
type Facts = Payload & { link: string; deadlineZh: string | null; deadlineEn: string | null };

// Deadlines are the bureau's local time wherever the server runs.
const zhTime = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
const enTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });

const templates = new Map<string, (f: Facts) => Parts>([
  [
    "request.received",
    (f) => ({
      subjectZh: `已收到您的诉求 ${f.trackingNumber}`,
      subjectEn: `We have received your request ${f.trackingNumber}`,
      zh: [
        `您好！我们已收到您的诉求，受理编号：${f.trackingNumber}。`,
        f.deadlineZh && `我们将在 ${f.deadlineZh}（北京时间）前答复。`,
        `查看办理进度：${f.link}`,
      ],
      en: [
        `Hello, we have received your request. Tracking number: ${f.trackingNumber}.`,
        f.deadlineEn && `We will answer by ${f.deadlineEn} (Beijing time).`,
        `Follow its progress: ${f.link}`,
      ],
    }),
  ],
  [
    "request.reply",
    (f) => ({
      subjectZh: `您的诉求 ${f.trackingNumber} 有新的答复`,
      subjectEn: `New reply to your request ${f.trackingNumber}`,
      zh: [`您好！您的诉求（受理编号：${f.trackingNumber}）有新的答复。`, `查看答复：${f.link}`],
      en: [`Hello, there is a new reply to your request (tracking number ${f.trackingNumber}).`, `Read it here: ${f.link}`],
    }),
  ],
  [
    "request.info_requested",
    (f) => ({
      subjectZh: `您的诉求 ${f.trackingNumber} 需要补充信息`,
      subjectEn: `More information needed for your request ${f.trackingNumber}`,
      zh: [`您好！办理您的诉求（受理编号：${f.trackingNumber}）需要您补充信息。`, `查看并补充：${f.link}`],
      en: [
        `Hello, we need more information to handle your request (tracking number ${f.trackingNumber}).`,
        `See what is needed and add it here: ${f.link}`,
      ],
    }),
  ],
  [
    "request.accepted",
    (f) => ({
      subjectZh: `您的申请 ${f.trackingNumber} 已受理`,
      subjectEn: `Your application ${f.trackingNumber} has been accepted`,
      zh: [
        `您好！您的申请（受理编号：${f.trackingNumber}）已受理。`,
        f.deadlineZh && `办理时限至 ${f.deadlineZh}。`,
        `查看进度：${f.link}`,
      ],
      en: [
        `Hello, your application (tracking number ${f.trackingNumber}) has been accepted.`,
        f.deadlineEn && `It will be decided by ${f.deadlineEn}.`,
        `Follow it here: ${f.link}`,
      ],
    }),
  ],
  [
    "request.approved",
    (f) => ({
      subjectZh: `您的申请 ${f.trackingNumber} 已批准`,
      subjectEn: `Your application ${f.trackingNumber} has been approved`,
      zh: [`您好！您的申请（受理编号：${f.trackingNumber}）已批准，我们将通知您领取或寄送。`, `查看详情：${f.link}`],
      en: [
        `Hello, your application (tracking number ${f.trackingNumber}) has been approved; we will tell you when it is ready or sent.`,
        `Details: ${f.link}`,
      ],
    }),
  ],
  [
    "request.delivered",
    (f) => ({
      subjectZh: `您的申请 ${f.trackingNumber} 可领取或已寄出`,
      subjectEn: `Your application ${f.trackingNumber} is ready to collect or has been sent`,
      zh: [`您好！您申请（受理编号：${f.trackingNumber}）的证件可以领取，或已寄出。`, `查看说明：${f.link}`],
      en: [
        `Hello, the document you applied for (tracking number ${f.trackingNumber}) is ready to collect, or has been sent.`,
        `See how: ${f.link}`,
      ],
    }),
  ],
  [
    "request.refused",
    (f) => ({
      subjectZh: `您的申请 ${f.trackingNumber} 未获批准`,
      subjectEn: `Your application ${f.trackingNumber} was refused`,
      zh: [`您好！您的申请（受理编号：${f.trackingNumber}）未获批准。`, `查看理由：${f.link}`],
      en: [`Hello, your application (tracking number ${f.trackingNumber}) was refused.`, `Read the reasons: ${f.link}`],
    }),
  ],
  [
    "request.resolved",
    (f) => ({
      subjectZh: `您的诉求 ${f.trackingNumber} 已办结`,
      subjectEn: `Your request ${f.trackingNumber} has been resolved`,
      zh: [`您好！您的诉求（受理编号：${f.trackingNumber}）已办结。`, `查看办理结果并评价：${f.link}`],
      en: [
        `Hello, your request (tracking number ${f.trackingNumber}) has been resolved.`,
        `See the outcome and tell us how we did: ${f.link}`,
      ],
    }),
  ],
]);

// Residents learn that a message asking for their code is not from us.
const footerZh = "平安城市不会在消息中发送或索要查询码。本消息由系统自动发送，请勿直接回复。";
const footerEn =
  "Safe City never sends or asks for your access code in a message. This message was sent automatically; please do not reply to it.";

/**
 * A notification in the language the resident wrote in, or, when that is not
 * known (a request from before languages were kept), in Chinese and then
 * English. `baseUrl` makes the tracking link absolute.
 */
export function renderTemplate(template: string, payload: unknown, baseUrl: string, locale: RequestLocale | null = null): RenderedMessage {
  if (template.startsWith("account.")) return renderAccountTemplate(template, payload, baseUrl);
  if (template.startsWith("staff.")) return renderStaffTemplate(template, payload, baseUrl);
  if (template.startsWith("desk.")) return renderDeskTemplate(template, payload, baseUrl);
  const build = templates.get(template);
  if (!build) throw new Error(`unknown notification template: ${template}`);
  const parsed = Payload.safeParse(payload);
  // The issue paths name the bad fields; the values stay out of logs and lastError.
  if (!parsed.success) throw new Error(`invalid payload for ${template}: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const p = parsed.data;
  const parts = build({
    ...p,
    link: new URL(`/track/${encodeURIComponent(p.trackToken)}`, baseUrl).href,
    deadlineZh: p.deadlineAt ? zhTime.format(new Date(p.deadlineAt)) : null,
    deadlineEn: p.deadlineAt ? enTime.format(new Date(p.deadlineAt)) : null,
  });
  const lines = (list: (string | null)[]) => list.filter((l): l is string => Boolean(l));
  const chinese = [...lines(parts.zh), footerZh, ""];
  const english = [...lines(parts.en), footerEn, ""];
  if (locale === "zh-CN") return { subject: parts.subjectZh, text: chinese.join("\n") };
  if (locale === "en") return { subject: parts.subjectEn, text: english.join("\n") };
  return { subject: `${parts.subjectZh} / ${parts.subjectEn}`, text: [...chinese, ...english].join("\n") };
}

/** The request templates; account messages are in account-templates.ts. */
export const templateNames = [...templates.keys()];
