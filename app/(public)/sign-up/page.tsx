import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { SignUpForm } from "@/components/accounts/sign-up-form";
import { ClientMessages } from "@/components/ui/client-messages";

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
      <ClientMessages paths={["signUp"]}>
        <SignUpForm action={signUpAction} />
      </ClientMessages>
      <p className="mt-6">
        {t("haveAccount")} <Link href="/sign-in">{t("signInLink")}</Link>
      </p>
    </div>
  );
}
