"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { addResidentMessage, rateHandling, RatingForm, ResidentMessageForm } from "@/domain/requests/resident-actions";
import { findTrackToken, TrackForm } from "@/domain/requests/track";
import { WithdrawForm, withdrawRequest } from "@/domain/requests/withdraw-request";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const Token = z.object({ token: z.string() });

const track = formAction({
  schema: TrackForm,
  secret: ["accessCode"],
  run: findTrackToken,
  // The token goes in the path, never a code in a query string.
  done: (token) => redirect(`/track/${token}`),
});

const backToRequest = (_: void, input: { token: string }) => redirect(`/track/${input.token}`);

/** The withdraw form's state: `confirming` once the first step has asked. */
export type WithdrawState = FormState & { confirming?: boolean };

const WithdrawInput = WithdrawForm.extend(Token.shape);
const withdraw = formAction<typeof WithdrawInput, "confirm" | "withdrawn", WithdrawState>({
  schema: WithdrawInput,
  run: (ctx, input) => withdrawRequest(ctx, input.token, input),
  // The first step comes back asking; the second goes to the request, now withdrawn.
  done: (outcome, input) => (outcome === "confirm" ? { fieldErrors: {}, values: {}, confirming: true } : backToRequest(undefined, input)),
});
const addInfo = formAction({
  schema: ResidentMessageForm.extend(Token.shape),
  // Files: the materials an application was asked for, checked by their bytes.
  run: async (ctx, input, formData) => {
    const files = formData.getAll("attachments").filter((f): f is File => typeof f !== "string" && f.size > 0);
    const uploads = await Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: Buffer.from(await f.arrayBuffer()) })));
    return addResidentMessage(ctx, input.token, input, uploads);
  },
  done: backToRequest,
});
const rate = formAction({
  schema: RatingForm.extend(Token.shape),
  run: (ctx, input) => rateHandling(ctx, input.token, input),
  done: backToRequest,
});

export async function trackAction(state: FormState, formData: FormData) {
  return track(state, formData);
}
export async function withdrawAction(token: string, state: WithdrawState, formData: FormData): Promise<WithdrawState> {
  return withdraw(state, formData, { token });
}
export async function addInfoAction(token: string, state: FormState, formData: FormData) {
  return addInfo(state, formData, { token });
}
export async function rateAction(token: string, state: FormState, formData: FormData) {
  return rate(state, formData, { token });
}
