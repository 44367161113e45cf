import { getTranslations } from "next-intl/server";

import { AccountForm } from "@/components/accounts/account-form";
import type { FormState } from "@/lib/errors";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** Change one's password: on /account and in the staff area. */
export async function PasswordChange({ action }: Props) {
  const t = await getTranslations("passwordChange");
  return (
    <section aria-labelledby="password-title" className="mb-6 max-w-xl border-t pt-4">
      <h2 id="password-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <AccountForm
        schema="changePassword"
        action={action}
        fields={[
          { name: "currentPassword", type: "password", label: t("current"), autoComplete: "current-password" },
          { name: "newPassword", type: "password", label: t("new"), hint: t("newHint"), autoComplete: "new-password" },
          { name: "confirmPassword", type: "password", label: t("confirm"), autoComplete: "new-password" },
        ]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        doneMessage={t("done")}
      />
    </section>
  );
}
