import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";
import { describePasswordLink } from "@/domain/accounts/password-links";

import { setPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: never indexed. The site's Referrer-Policy (same-origin) keeps it
  // from other sites; "no-referrer" here would make browsers send "Origin: null", which server actions refuse.
  return { title: (await getTranslations("setPassword"))("title"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The page a password link opens: choose a password, once, within 24 hours. */
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const t = await getTranslations("setPassword");
  const link = await describePasswordLink(token);
  if (!link.valid) {
    return (
      <div className="max-w-md">
        <h1 className="mb-4 text-2xl font-bold">{t("expiredTitle")}</h1>
        <p className="mb-4">{t("expiredBody")}</p>
        <Link prefetch={false} href="/sign-in/forgot">
          {t("askAgain")}
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{link.firstPassword ? t("firstTitle") : t("title")}</h1>
      <p className="mb-4">{t("intro", { name: link.name, email: link.email })}</p>
      <AccountForm
        schema="setPassword"
        action={setPasswordAction}
        hidden={{ token }}
        fields={[
          { name: "password", type: "password", label: t("password"), hint: t("passwordHint"), autoComplete: "new-password" },
          { name: "confirmPassword", type: "password", label: t("confirmPassword"), autoComplete: "new-password" },
        ]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      >
        {/* For password managers: which account the new password belongs to. */}
        <input type="hidden" autoComplete="username" value={link.email} />
      </AccountForm>
    </div>
  );
}
