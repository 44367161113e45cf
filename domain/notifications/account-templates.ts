import "server-only";

import { z } from "zod";

import { seal, unseal } from "@/lib/core/secrets";

import type { RenderedMessage } from "./templates";

// A password link's token rides in the outbox sealed (AES-GCM, a key of its
// own): a copy of the outbox opens no account. Only this renderer opens it.
const SEAL_CONTEXT = "outbox:password-link";

const Payload = z.object({
  name: z.string().max(100).optional(),
  sealedToken: z.string().min(1).optional(),
});

type Facts = { name: string; link: string | null; signInLink: string; forgotLink: string };
type Parts = { subjectZh: string; subjectEn: string; zh: string[]; en: string[] };

const templates: Record<string, (f: Facts) => Parts> = {
  "account.invitation": (f) => ({
    subjectZh: "您的平安城市工作账号已开通",
    subjectEn: "Your Safe City staff account",
    zh: [`${f.name}，您好！管理员为您开通了平安城市工作账号。`, `请通过以下链接设置密码（24 小时内有效，只能使用一次）：${f.link}`],
    en: [
      `Hello ${f.name}, an administrator has opened a Safe City staff account for you.`,
      `Choose your password here (the link works once, for 24 hours): ${f.link}`,
    ],
  }),
  "account.welcome": (f) => ({
    subjectZh: "完成注册：设置您的密码",
    subjectEn: "Finish creating your account: choose a password",
    zh: [`${f.name}，您好！请通过以下链接设置密码，完成注册（24 小时内有效，只能使用一次）：${f.link}`],
    en: [`Hello ${f.name}, choose your password here to finish creating your account (the link works once, for 24 hours): ${f.link}`],
  }),
  "account.password_reset": (f) => ({
    subjectZh: "重置您的密码",
    subjectEn: "Reset your password",
    zh: [
      `有人请求重置此邮箱对应账号的密码。如果是您本人，请通过以下链接设置新密码（24 小时内有效，只能使用一次）：${f.link}`,
      "如果不是您本人，请忽略本邮件，您的密码不会改变。",
    ],
    en: [
      `Someone asked to reset the password of the account with this address. If it was you, choose a new password here (the link works once, for 24 hours): ${f.link}`,
      "If it was not you, ignore this message: your password stays as it is.",
    ],
  }),
  "account.sign_up_attempt": (f) => ({
    subjectZh: "有人尝试用您的邮箱注册",
    subjectEn: "Someone tried to sign up with your address",
    zh: [
      "有人尝试用此邮箱注册平安城市账号，但该邮箱已有账号。",
      `如果是您本人，请直接登录：${f.signInLink}；忘记密码可在此重置：${f.forgotLink}`,
      "如果不是您本人，请忽略本邮件。",
    ],
    en: [
      "Someone tried to create a Safe City account with this address, which already has one.",
      `If it was you, sign in here: ${f.signInLink}. Forgot your password? Reset it here: ${f.forgotLink}`,
      "If it was not you, ignore this message.",
    ],
  }),
  "account.password_changed": (f) => ({
    subjectZh: "您的密码已更改",
    subjectEn: "Your password was changed",
    zh: ["您的平安城市账号密码刚刚已更改，其他设备已退出登录。", `如果不是您本人操作，请立即重置密码：${f.forgotLink}`],
    en: [
      "The password of your Safe City account was just changed, and your other devices were signed out.",
      `If it was not you, reset your password now: ${f.forgotLink}`,
    ],
  }),
  "account.second_factor_reset": (f) => ({
    subjectZh: "您的两步验证已被管理员重置",
    subjectEn: "An administrator reset your second factor",
    zh: ["管理员重置了您账号的两步验证，您已在所有设备上退出登录。下次登录时请重新设置验证器应用。", `登录：${f.signInLink}`],
    en: [
      "An administrator reset the second factor of your account and signed you out everywhere. Set up your authenticator app again when you next sign in.",
      `Sign in: ${f.signInLink}`,
    ],
  }),
};

export const accountTemplateNames = Object.keys(templates);

const footerZh = "本消息由系统自动发送，请勿直接回复。平安城市工作人员不会向您索要密码或验证码。";
const footerEn = "This message was sent automatically; please do not reply to it. Safe City staff never ask for your password or codes.";

/** An account message, in Chinese and then English. */
export function renderAccountTemplate(template: string, payload: unknown, baseUrl: string): RenderedMessage {
  const build = templates[template];
  if (!build) throw new Error(`unknown notification template: ${template}`);
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new Error(`invalid payload for ${template}: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const name = parsed.data.name ?? "";
  const token = openPasswordLinkPayload(payload);
  const parts = build({
    name,
    link: token ? new URL(`/password/${encodeURIComponent(token)}`, baseUrl).href : null,
    signInLink: new URL("/sign-in", baseUrl).href,
    forgotLink: new URL("/sign-in/forgot", baseUrl).href,
  });
  return { subject: `${parts.subjectZh} / ${parts.subjectEn}`, text: [...parts.zh, footerZh, "", ...parts.en, footerEn, ""].join("\n") };
}

/** The token a queued password-link message carries (for its renderer and for tests). */
export function openPasswordLinkPayload(payload: unknown): string | null {
  const parsed = Payload.safeParse(payload);
  return parsed.success && parsed.data.sealedToken ? unseal("outbox-secret", parsed.data.sealedToken, SEAL_CONTEXT) : null;
}

/** The outbox payload that carries a password link's token. */
export function passwordLinkPayload(token: string, name: string): { name: string; sealedToken: string } {
  return { name, sealedToken: seal("outbox-secret", token, SEAL_CONTEXT) };
}
