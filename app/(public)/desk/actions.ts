"use server";

import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";

import type { MeTooCodeState } from "@/components/desk/me-too-by-code";
import type { QuestionFormState } from "@/components/desk/question-form";
import { backItem, MeTooForm } from "@/domain/desk/me-too";
import { confirmMeToo, sendMeTooCode } from "@/domain/desk/me-too-code";
import { MeTooCodeForm, MeTooContactForm } from "@/domain/desk/me-too-form";
import { QuestionForm } from "@/domain/desk/question-form";
import { submitQuestion } from "@/domain/desk/submit-question";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

import { receiptView } from "../receipt-view";

const submit = formAction({
  schema: QuestionForm,
  run: (ctx, input) => submitQuestion(ctx, input),
  done: async (receipt): Promise<QuestionFormState> => {
    return { fieldErrors: {}, values: {}, receipt: { ...(await receiptView(receipt)), routedTo: receipt.routedTo } };
  },
});

export async function submitQuestionAction(state: QuestionFormState, formData: FormData): Promise<QuestionFormState> {
  return submit(state, formData);
}

const BACKER_COOKIE = "desk_backer";

export type MeTooState = FormState & { count?: number };

/** "This affects me too": an anonymous visitor is known by a long random token in a cookie of this browser. */
export async function backItemAction(state: MeTooState, formData: FormData): Promise<MeTooState> {
  const jar = await cookies();
  let token = jar.get(BACKER_COOKIE)?.value ?? null;
  if (!token) {
    token = randomBytes(24).toString("base64url");
    const secure = (await headers()).get("x-forwarded-proto") === "https";
    jar.set(BACKER_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 * 365 });
  }
  const browserToken = token;
  const back = formAction({
    schema: MeTooForm,
    run: (ctx, input) => backItem(ctx, input, browserToken),
    revalidate: "/desk",
    done: (count): MeTooState => ({ fieldErrors: {}, values: {}, done: true, count }),
  });
  return back(state, formData);
}

const sendCode = formAction({
  schema: MeTooContactForm,
  run: sendMeTooCode,
  done: (sent): MeTooCodeState => ({ fieldErrors: {}, values: {}, challenge: sent.challenge }),
});

const confirmCode = formAction({
  schema: MeTooCodeForm,
  run: confirmMeToo,
  revalidate: "/desk",
  done: (count): MeTooCodeState => ({ fieldErrors: {}, values: {}, done: true, count }),
});

/**
 * "This affects me too" confirmed by a one-time code: the first post sends
 * the code, the second (carrying the challenge) checks it. A refused code
 * keeps the challenge, so the visitor can type it again.
 */
export async function meTooCodeAction(state: MeTooCodeState, formData: FormData): Promise<MeTooCodeState> {
  const challenge = formData.get("challenge");
  if (typeof challenge !== "string") return sendCode(state, formData);
  const next = await confirmCode(state, formData);
  return next.done ? next : { ...next, challenge };
}
