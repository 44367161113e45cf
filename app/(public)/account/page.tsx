import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const ctx = await getCtx();
  if (!can(ctx, "account.view")) redirect("/sign-in?next=/account");
  const t = await getTranslations("account");
  const roles = await getTranslations("roles");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("signedInAs", { name: ctx.actor!.name, role: roles(ctx.actor!.role) })}</p>
      {can(ctx, "staff.enter") && (
        <p className="mb-6">
          <Link href="/staff" className="font-semibold">
            {t("staffLink")}
          </Link>
        </p>
      )}
      <section aria-labelledby="sessions-title" className="max-w-xl border-t pt-4">
        <h2 id="sessions-title" className="mb-2 text-xl font-bold">
          {t("sessionsTitle")}
        </h2>
        <p className="mb-3">{t("sessionsBody")}</p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="secondary">{t("signOutEverywhere")}</SubmitButton>
        </form>
      </section>
    </>
  );
}
