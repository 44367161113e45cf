"use server";

import { z } from "zod";

import { cancelAway, markAway } from "@/domain/desk/away";
import { AwayForm } from "@/domain/desk/question-form";
import { redirectAction } from "@/lib/action";

/** An officer marks themselves away; the account page says what was done. */
export const markAwayAction = redirectAction({
  schema: AwayForm,
  run: (ctx, input) => markAway(ctx, input),
  back: () => "/staff/account#away-title",
  outcome: () => ({ saved: "away" }),
});

const CancelAwayForm = z.object({ id: z.coerce.number().int().positive().max(2147483647) });

export const cancelAwayAction = redirectAction({
  schema: CancelAwayForm,
  run: (ctx, input) => cancelAway(ctx, CancelAwayForm.parse(input)),
  back: () => "/staff/account#away-title",
  outcome: () => ({ saved: "cancelled" }),
});
