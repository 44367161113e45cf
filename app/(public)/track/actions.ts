"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { addResidentMessage, rateHandling, RatingForm, ResidentMessageForm } from "@/domain/requests/resident-actions";
import { findTrackToken, TrackForm } from "@/domain/requests/track";
import { withdrawRequest } from "@/domain/requests/withdraw-request";
import { formAction } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

// Too many wrong codes answer "try again in N minutes" (lib/errors.ts): a wait, never a lock.
const track = formAction({
  schema: TrackForm,
  secret: ["accessCode"],
  run: (ctx, input) => findTrackToken(ctx, input),
  // The token goes in the path, never a code in a query string.
  done: (token): FormState => redirect(`/track/${token}`),
});

export async function trackAction(state: FormState, formData: FormData): Promise<FormState> {
  return track(state, formData);
}

export async function withdrawAction(token: string) {
  try {
    await withdrawRequest(await getCtx(), token);
  } catch (error) {
    handleDomainError(error);
  }
  redirect(`/track/${token}`);
}

const Token = z.object({ token: z.string() });

const addInfo = formAction({
  schema: ResidentMessageForm.extend(Token.shape),
  run: (ctx, { token, ...input }) => addResidentMessage(ctx, token, input),
  done: (_result, { token }): FormState => redirect(`/track/${token}`),
});

const rate = formAction({
  schema: RatingForm.extend(Token.shape),
  run: (ctx, { token, ...input }) => rateHandling(ctx, token, input),
  done: (_result, { token }): FormState => redirect(`/track/${token}`),
});

export async function addInfoAction(token: string, state: FormState, formData: FormData) {
  return addInfo(state, formData, { token });
}

export async function rateAction(token: string, state: FormState, formData: FormData) {
  return rate(state, formData, { token });
}
