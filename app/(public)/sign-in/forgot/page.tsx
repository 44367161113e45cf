import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";

import { forgotPasswordAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword");
  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("intro")}</p>
      <AccountForm
        schema="forgotPassword"
        action={forgotPasswordAction}
        fields={[{ name: "email", type: "email", label: t("email"), autoComplete: "email" }]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        doneMessage={t("sent")}
        replaceWhenDone
      />
      <p className="mt-6">
        <Link prefetch={false} href="/sign-in">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
