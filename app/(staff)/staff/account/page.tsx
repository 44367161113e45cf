import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { changePasswordAction, signOutEverywhereAction } from "@/app/(public)/account/actions";
import { PasswordChange } from "@/components/account/password-change";
import { SecondFactorSummary } from "@/components/account/second-factor-summary";
import { SessionsSection } from "@/components/account/sessions-section";
import { AwaySection } from "@/components/desk/away-section";
import { PageProblem } from "@/components/ui/page-problem";
import { getOwnAccount } from "@/domain/accounts/queries";
import { listMyAway } from "@/domain/desk/away";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffAccount"))("title") };
}

type Props = { searchParams: Promise<{ error?: string; saved?: string }> };

/** The staff member's own account, inside the staff area: password, second factor, sessions; an officer's away periods. */
export default async function StaffAccountPage({ searchParams }: Props) {
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
      {can(ctx, "desk.markAway") && <AwaySection periods={await listMyAway(ctx)} {...await searchParams} />}
    </>
  );
}
