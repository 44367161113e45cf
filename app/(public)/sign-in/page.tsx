import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";
import { safeReturnPath } from "@/lib/return-path";

import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Props = { searchParams: Promise<{ next?: string; passwordSet?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const t = await getTranslations("signIn");
  const { next, passwordSet } = await searchParams;
  const returnTo = next ? safeReturnPath(next, "") : "";
  return (
    <div className="max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      {passwordSet === "1" && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("passwordSet")}
        </p>
      )}
      <AccountForm
        schema="signIn"
        action={signInAction}
        hidden={returnTo ? { next: returnTo } : {}}
        fields={[
          { name: "email", type: "email", label: t("email"), autoComplete: "username" },
          { name: "password", type: "password", label: t("password"), autoComplete: "current-password" },
        ]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      />
      <p className="mt-4">
        <Link prefetch={false} href="/sign-in/forgot">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="mt-6">
        {t("noAccount")}{" "}
        <Link prefetch={false} href="/sign-up">
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
