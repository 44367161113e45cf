"use client";

import { useTranslations } from "next-intl";

import { Receipt, type ReceiptView } from "@/components/feedback/receipt";
import { ConsentField } from "@/components/ui/consent-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import { deskTopics } from "@/domain/desk/question-form";
import type { FormState } from "@/lib/errors";

export type QuestionFormState = FormState & { receipt?: ReceiptView & { routedTo: string } };
type Props = {
  place: string;
  /** What the receipt says about who answers: the officer's name, or the station. */
  answerer: { officer: string | null; station: string };
  idempotencyKey: string;
  action: (state: QuestionFormState, formData: FormData) => Promise<QuestionFormState>;
};

// The server's schema, loaded when the form is first used.
const loadSchema = () => import("@/domain/desk/question-form").then((module) => module.QuestionForm);

/** "Your question": subject, question, optional contact and consent; ends on the receipt every request ends on. */
export function QuestionFormView({ place, answerer, idempotencyKey, action }: Props) {
  const t = useTranslations("desk");
  const f = useTranslations("feedback");
  const { state, pending, formProps, register, field, summary, attempt } = useZodForm({ schema: loadSchema, action });
  if (state.receipt) {
    const toOfficer = state.receipt.routedTo === "officer" && answerer.officer;
    return (
      <>
        <p role="status" className="mb-3 rounded bg-emerald-50 p-3 font-semibold">
          {toOfficer ? t("sentToOfficer", { officer: answerer.officer! }) : t("sentToStation", { station: answerer.station })}
        </p>
        <Receipt receipt={state.receipt} />
      </>
    );
  }
  const v = state.values;
  const labels: Record<string, string> = {
    place: t("placeLabel"),
    topic: t("topic"),
    subject: t("subject"),
    body: t("body"),
    contactName: f("contactName"),
    contactPhone: f("contactPhone"),
    contactEmail: f("contactEmail"),
    idempotencyKey: t("send"),
  };
  return (
    <section aria-labelledby="question-title">
      <h2 id="question-title" className="mb-3 text-xl font-bold">
        {t("questionTitle")}
      </h2>
      <form {...formProps}>
        <ErrorSummary title={f("errorTitle")} errors={summary(labels)} attempt={attempt} />
        <input type="hidden" name="place" value={place} />
        <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
        <Field {...field("topic")} label={t("topic")} defaultValue={v.topic ?? ""}>
          <option value="">{t("chooseTopic")}</option>
          {deskTopics.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topics.${topic}`)}
            </option>
          ))}
        </Field>
        <Field {...field("subject")} label={t("subject")} defaultValue={v.subject} />
        <Field {...field("body")} label={t("body")} hint={t("bodyHint")} defaultValue={v.body} rows={8} maxLength={4000} />
        <fieldset className="mb-5">
          <legend className="mb-1 text-lg font-bold">{t("contactLegend")}</legend>
          <p className="mb-2 text-sm text-slate-700">{t("contactHint")}</p>
          <Field {...field("contactName")} label={f("contactName")} defaultValue={v.contactName} autoComplete="name" />
          <Field {...field("contactPhone")} label={f("contactPhone")} defaultValue={v.contactPhone} type="tel" autoComplete="tel" />
          <Field {...field("contactEmail")} label={f("contactEmail")} defaultValue={v.contactEmail} type="email" autoComplete="email" />
        </fieldset>
        <ConsentField
          label={t("consent")}
          hint={t("consentHint")}
          checked={v.consentToPublish === "on"}
          register={register("consentToPublish")}
        />
        <SubmitButton pending={pending} pendingLabel={f("sending")}>
          {t("send")}
        </SubmitButton>
      </form>
    </section>
  );
}
