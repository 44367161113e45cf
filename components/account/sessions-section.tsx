import { getTranslations } from "next-intl/server";

import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/errors";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** "Sign out everywhere": every session of the account ends on the server. */
export async function SessionsSection({ action }: Props) {
  const t = await getTranslations("account");
  return (
    <section aria-labelledby="sessions-title" className="max-w-xl border-t pt-4">
      <h2 id="sessions-title" className="mb-2 text-xl font-bold">
        {t("sessionsTitle")}
      </h2>
      <p className="mb-3">{t("sessionsBody")}</p>
      <ActionForm action={action} submitLabel={t("signOutEverywhere")} labels={{}} variant="secondary">
        {null}
      </ActionForm>
    </section>
  );
}
