import { getTranslations } from "next-intl/server";

import { publishAction, unpublishAction } from "@/app/(staff)/staff/requests/[trackingNo]/actions";
import { ActionForm } from "@/components/ui/action-form";
import type { previewPublication } from "@/domain/requests/publication";

type Preview = Awaited<ReturnType<typeof previewPublication>>;
const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/** The moderator's redaction preview: edit the masked copy, see what was masked, publish or take down. */
export async function PublishSection({ trackingNumber, preview }: { trackingNumber: string; preview: Preview }) {
  const t = await getTranslations("publish");
  if (!preview.consent) return <p className="mt-6 text-sm text-slate-700">{t("noConsent")}</p>;
  const labels = { publicTitle: t("publicTitle"), publicQuestion: t("publicQuestion"), publicReply: t("publicReply"), reason: t("reason") };
  const current = preview.published;
  return (
    <section aria-labelledby="publish-title" className="mt-6 rounded border border-slate-300 p-3">
      <h2 id="publish-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {current && <p className="mb-2 font-semibold">{t("isPublished")}</p>}
      {preview.masked.length > 0 && (
        <div className="mb-3">
          <p className="font-semibold">{t("masked")}</p>
          <ul className="list-disc pl-6 text-sm">
            {preview.masked.map((m, i) => (
              <li key={i}>
                {t(`kinds.${m.kind}`)}: {m.original}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ActionForm action={publishAction.bind(null, trackingNumber)} submitLabel={current ? t("update") : t("publish")} labels={labels}>
        <label htmlFor="publicTitle" className="mb-1 block font-semibold">
          {t("publicTitle")}
        </label>
        <input
          id="publicTitle"
          name="publicTitle"
          defaultValue={current?.publicTitle ?? preview.redacted.title}
          className={`${box} mb-3`}
        />
        <label htmlFor="publicQuestion" className="mb-1 block font-semibold">
          {t("publicQuestion")}
        </label>
        <textarea
          id="publicQuestion"
          name="publicQuestion"
          rows={5}
          defaultValue={current?.publicQuestion ?? preview.redacted.question}
          className={`${box} mb-3`}
        />
        <label htmlFor="publicReply" className="mb-1 block font-semibold">
          {t("publicReply")}
        </label>
        <textarea
          id="publicReply"
          name="publicReply"
          rows={5}
          defaultValue={current?.publicReply ?? preview.redacted.reply}
          className={`${box} mb-3`}
        />
      </ActionForm>
      {current && (
        <ActionForm action={unpublishAction.bind(null, trackingNumber)} submitLabel={t("unpublish")} labels={labels} variant="danger">
          <label htmlFor="unpublish-reason" className="mb-1 block font-semibold">
            {t("reason")}
          </label>
          <input id="unpublish-reason" name="reason" className={`${box} mb-3`} />
        </ActionForm>
      )}
    </section>
  );
}
