import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { SignInForm } from "@/components/accounts/sign-in-form";
import { ClientMessages } from "@/components/ui/client-messages";
import { safeReturnPath } from "@/lib/return-path";

import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const t = await getTranslations("signIn");
  const { next } = await searchParams;
  const returnTo = next ? safeReturnPath(next, "") : "";
  return (
    <div className="max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <ClientMessages paths={["signIn"]}>
        <SignInForm action={signInAction} next={returnTo || undefined} />
      </ClientMessages>
      <p className="mt-6">
        {t("noAccount")} <Link href="/sign-up">{t("signUpLink")}</Link>
      </p>
    </div>
  );
}
