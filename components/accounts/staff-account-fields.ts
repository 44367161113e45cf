import { getTranslations } from "next-intl/server";

import { staffRoles } from "@/domain/accounts/schemas";

import type { AccountField } from "./account-form";

/** The fields an admin fills in for a staff account; the e-mail only when creating it. */
export async function staffAccountFields({ withEmail }: { withEmail: boolean }): Promise<AccountField[]> {
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  return [
    { name: "name", label: t("name"), autoComplete: "off", maxLength: 100 },
    ...(withEmail ? [{ name: "email", type: "email" as const, label: t("email"), hint: t("emailHint"), autoComplete: "off" }] : []),
    {
      name: "role",
      type: "select",
      label: t("role"),
      hint: t("roleHint"),
      options: staffRoles.map((role) => ({ value: role, label: roles(role) })),
    },
    { name: "badgeNumber", label: t("badge"), hint: t("badgeHint"), inputMode: "numeric", list: "officer-choices", maxLength: 6 },
  ];
}
