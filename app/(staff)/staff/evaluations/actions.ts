"use server";

import { moderateEvaluation, ModerateForm } from "@/domain/evaluations/moderate";
import { redirectAction } from "@/lib/action";

const moderate = redirectAction({
  schema: ModerateForm,
  run: moderateEvaluation,
  back: (formData) => String(formData.get("returnTo") ?? "/staff/evaluations"),
  outcome: (_, input) => ({ decided: input.decision }),
});

/** Approves (masked if asked), hides with a reason, or lets a held rating count; the outcome travels back in the URL. */
export async function moderateEvaluationAction(formData: FormData) {
  return moderate(formData);
}
