import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";
import { readChallengeCookie } from "@/lib/auth/challenge-cookie";
import { safeReturnPath } from "@/lib/return-path";

import { secondFactorAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signInCode"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ next?: string }> };

/** The second step of signing in, for accounts with a second factor. */
export default async function SignInCodePage({ searchParams }: Props) {
  const t = await getTranslations("signInCode");
  const { next } = await searchParams;
  const returnTo = next ? safeReturnPath(next, "") : "";
  if (!(await readChallengeCookie())) {
    return (
      <div className="max-w-md">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <p className="mb-4">{t("expired")}</p>
        <Link prefetch={false} href="/sign-in">
          {t("startAgain")}
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("intro")}</p>
      <AccountForm
        schema="secondFactor"
        action={secondFactorAction}
        hidden={returnTo ? { next: returnTo } : {}}
        fields={[{ name: "code", label: t("code"), hint: t("codeHint"), autoComplete: "one-time-code", maxLength: 40 }]}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      />
      <p className="mt-6">
        <Link prefetch={false} href="/sign-in">
          {t("startAgain")}
        </Link>
      </p>
    </div>
  );
}
