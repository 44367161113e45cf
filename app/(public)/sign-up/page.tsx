import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";

import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("signUp");
  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("intro")}</p>
      <AccountForm
        schema="signUp"
        action={signUpAction}
        fields={[
          { name: "name", label: t("name"), autoComplete: "name", maxLength: 100 },
          { name: "email", type: "email", label: t("email"), hint: t("emailHint"), autoComplete: "email" },
        ]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        doneMessage={t("sent")}
        replaceWhenDone
      />
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link prefetch={false} href="/sign-in">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
