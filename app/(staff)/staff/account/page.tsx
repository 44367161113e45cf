import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { changePasswordAction, signOutEverywhereAction } from "@/app/(public)/account/actions";
import { PasswordChange } from "@/components/account/password-change";
import { SecondFactorSummary } from "@/components/account/second-factor-summary";
import { SessionsSection } from "@/components/account/sessions-section";
import { PageProblem } from "@/components/ui/page-problem";
import { getOwnAccount } from "@/domain/accounts/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffAccount"))("title") };
}

/** The staff member's own account, inside the staff area: password, second factor, sessions. */
export default async function StaffAccountPage() {
  const ctx = await getCtx();
  const read = await readForPage(getOwnAccount(ctx), "/staff/account");
  if (!read.ok || !ctx.actor) return <PageProblem kind={read.ok ? "forbidden" : read.problem} />;
  const t = await getTranslations("staffAccount");
  const roles = await getTranslations("roles");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("signedInAs", { name: ctx.actor.name, email: read.data.email, role: roles(ctx.actor.role) })}</p>
      <SecondFactorSummary enrolled={read.data.secondFactor} state={ctx.actor.secondFactor} />
      <PasswordChange action={changePasswordAction} />
      <SessionsSection action={signOutEverywhereAction} />
    </>
  );
}
