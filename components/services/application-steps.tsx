import { getTranslations } from "next-intl/server";

import { applicationStepAction } from "@/app/(staff)/staff/requests/[trackingNo]/application-actions";
import { ActionForm } from "@/components/ui/action-form";
import type { RequestAction } from "@/domain/requests/status-machine";
import type { ApplicationStep } from "@/domain/services/handle-application";
import type { RequestStatus } from "@/lib/core/values";

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/** The steps the machine allows now, as staff name them. */
function stepsFor(status: RequestStatus, actions: RequestAction[]): ApplicationStep[] {
  const steps: ApplicationStep[] = [];
  if (status === "submitted") steps.push("accept");
  if (actions.includes("askForInformation")) steps.push("askForMaterials");
  if (actions.includes("approve")) steps.push("approve");
  if (actions.includes("deliver")) steps.push("readyToCollect", "sent");
  if (actions.includes("reject")) steps.push("refuse");
  return steps;
}

/** An application's next steps on the staff detail: each a small form with the message the resident reads. */
export async function ApplicationSteps({
  trackingNumber,
  status,
  actions,
}: {
  trackingNumber: string;
  status: RequestStatus;
  actions: RequestAction[];
}) {
  const t = await getTranslations("services.staffSteps");
  const steps = stepsFor(status, actions);
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="steps-title" className="my-4">
      <h3 id="steps-title" className="mb-2 text-lg font-bold">
        {t("title")}
      </h3>
      {steps.map((step) => (
        <ActionForm
          key={step}
          action={applicationStepAction.bind(null, trackingNumber)}
          submitLabel={t(`${step}.button`)}
          labels={{ body: t(`${step}.message`) }}
          variant={step === "refuse" ? "danger" : "secondary"}
        >
          <input type="hidden" name="step" value={step} />
          <label htmlFor={`step-${step}`} className="mb-1 block text-sm font-semibold">
            {t(`${step}.message`)}
          </label>
          <textarea id={`step-${step}`} name="body" rows={2} maxLength={4000} className={box} />
        </ActionForm>
      ))}
    </section>
  );
}
