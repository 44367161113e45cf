"use server";

import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";

import type { RateState } from "@/components/evaluations/rate-form";
import { EvaluationForm } from "@/domain/evaluations/rating-form";
import { submitRating } from "@/domain/evaluations/submit-rating";
import { formAction } from "@/lib/action";

const RATER_COOKIE = "rater";

/** The browser's rating token: made on its first rating, kept a year, read by no script. */
async function browserToken(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(RATER_COOKIE)?.value;
  if (existing && /^[A-Za-z0-9_-]{24}$/.test(existing)) return existing;
  const token = randomBytes(18).toString("base64url");
  const https = (await headers()).get("x-forwarded-proto") === "https";
  jar.set(RATER_COOKIE, token, { path: "/rate", maxAge: 60 * 60 * 24 * 365, httpOnly: true, sameSite: "lax", secure: https });
  return token;
}

export const rateAction = formAction<typeof EvaluationForm, { verified: boolean; held: boolean }, RateState>({
  schema: EvaluationForm,
  secret: ["accessCode"],
  run: async (ctx, input) => submitRating(ctx, input, await browserToken()),
  done: (rated) => ({ fieldErrors: {}, values: {}, rated }),
});
