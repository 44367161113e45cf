import "server-only";

import { z } from "zod";

import { seal, unseal } from "@/lib/core/secrets";

import type { RenderedMessage } from "./templates";

// The one-time code rides in the outbox sealed: a copy of the outbox confirms no one.
const SEAL_CONTEXT = "outbox:me-too-code";

const Payload = z.object({ trackingNumber: z.string().min(1), sealedCode: z.string().min(1) });

export const deskTemplateNames = ["desk.me_too_code"];

/** The outbox payload of a "me too" code. */
export function meTooCodePayload(code: string, trackingNumber: string) {
  return { trackingNumber, sealedCode: seal("outbox-secret", code, SEAL_CONTEXT) };
}

/** The code a queued message carries (for its renderer and for tests). */
export function openMeTooCode(payload: unknown): string {
  return unseal("outbox-secret", Payload.parse(payload).sealedCode, SEAL_CONTEXT);
}

/** A "me too" code: Chinese, then English. */
export function renderDeskTemplate(template: string, payload: unknown, baseUrl: string): RenderedMessage {
  if (!deskTemplateNames.includes(template)) throw new Error(`unknown notification template: ${template}`);
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new Error(`invalid payload for ${template}: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const code = openMeTooCode(payload);
  const link = new URL(`/desk/q/${encodeURIComponent(parsed.data.trackingNumber)}`, baseUrl).href;
  return {
    subject: `确认“我也遇到了” / Confirm "this affects me too"`,
    text: [
      `您的验证码：${code}（15 分钟内有效）。请在 ${link} 输入，确认您也遇到了这个问题。`,
      "如果不是您本人操作，请忽略本消息。平安城市工作人员不会向您索要验证码。",
      "",
      `Your code: ${code} (valid for 15 minutes). Enter it at ${link} to confirm that this affects you too.`,
      "If it was not you, ignore this message. Safe City staff never ask for your codes.",
      "",
    ].join("\n"),
  };
}
