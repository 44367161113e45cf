import { getTranslations } from "next-intl/server";

import { replyAction, statusAction } from "@/app/(staff)/staff/requests/[trackingNo]/actions";
import { ApplicationSteps } from "@/components/services/application-steps";
import { ActionForm } from "@/components/ui/action-form";
import type { getStaffRequest } from "@/domain/requests/staff/detail";

import { TriageForm } from "./triage-form";

type Detail = Awaited<ReturnType<typeof getStaffRequest>>;

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/** Reply, note, triage and the status changes the machine allows this actor now. */
type Props = { detail: Detail; templates: { id: number; title: string }[]; prefill: string };

export async function RequestActions({ detail, templates, prefill }: Props) {
  const t = await getTranslations("queue");
  const r = detail.request;
  const tn = r.trackingNumber;
  // An application's own steps replace the general ones, reopening aside.
  const general = r.kind === "application" ? ["reopen"] : ["askForInformation", "resolve", "reject", "reopen"];
  const statusActions = detail.actions.filter((a): a is "askForInformation" | "resolve" | "reject" | "reopen" => general.includes(a));
  return (
    <section aria-labelledby="act-title">
      <h2 id="act-title" className="mb-2 text-xl font-bold">
        {t("act")}
      </h2>
      {templates.length > 0 && (
        <form method="get" className="mb-3 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="template" className="mb-1 block text-sm font-semibold">
              {t("useTemplate")}
            </label>
            <select id="template" name="template" className="rounded border-2 border-slate-700 px-2 py-1">
              <option value="">{t("chooseTemplate")}</option>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-slate-200 px-3 py-1 font-semibold">
            {t("insert")}
          </button>
          <p className="w-full text-sm text-slate-700">
            {t("templateLanguage", { language: t(`languages.${r.locale === "en" ? "en" : "zh"}`) })}
          </p>
        </form>
      )}
      <ActionForm action={replyAction.bind(null, tn)} submitLabel={t("send")} labels={{ body: t("message") }}>
        <label htmlFor="reply-body" className="mb-1 block font-semibold">
          {t("message")}
        </label>
        <textarea id="reply-body" name="body" rows={5} maxLength={4000} defaultValue={prefill} className={box} />
        <fieldset className="my-2 flex flex-wrap gap-4">
          <legend className="sr-only">{t("visibility")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="visibility" value="public" defaultChecked className="h-5 w-5" /> {t("publicReply")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="visibility" value="internal" className="h-5 w-5" /> {t("internalNote")}
          </label>
        </fieldset>
      </ActionForm>
      {detail.canTriage && <TriageForm detail={detail} />}
      {r.kind === "application" && <ApplicationSteps trackingNumber={tn} status={r.status} actions={detail.actions} />}
      {statusActions.map((action) => (
        <ActionForm
          key={action}
          action={statusAction.bind(null, tn)}
          submitLabel={t(`actions.${action}`)}
          labels={{ body: t("message") }}
          variant={action === "reject" ? "danger" : "secondary"}
        >
          <input type="hidden" name="action" value={action} />
          <label htmlFor={`body-${action}`} className="mb-1 block text-sm font-semibold">
            {t(`actionHints.${action}`)}
          </label>
          <textarea id={`body-${action}`} name="body" rows={2} maxLength={4000} className={box} />
        </ActionForm>
      ))}
    </section>
  );
}
