import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ClaimRequestForm } from "@/components/account/claim-request-form";
import { MyRequestsList } from "@/components/account/my-requests-list";
import { PasswordChange } from "@/components/account/password-change";
import { SecondFactorSummary } from "@/components/account/second-factor-summary";
import { SessionsSection } from "@/components/account/sessions-section";
import { getOwnAccount } from "@/domain/accounts/queries";
import { can } from "@/domain/permissions";
import { mayClaimRequests } from "@/domain/requests/claim-request";
import { listMyRequests } from "@/domain/requests/my-requests";
import { getCtx } from "@/lib/auth/context";

import { changePasswordAction, claimRequestAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

type Props = { searchParams: Promise<{ linked?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const ctx = await getCtx();
  if (!ctx.actor) redirect("/sign-in?next=/account");
  const { linked } = await searchParams;
  const t = await getTranslations("account");
  const roles = await getTranslations("roles");
  const isResident = mayClaimRequests(ctx);
  const [own, myRequests] = await Promise.all([getOwnAccount(ctx), isResident ? listMyRequests(ctx) : []]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("signedInAs", { name: ctx.actor.name, role: roles(ctx.actor.role) })}</p>
      {can(ctx, "staff.enter") && (
        <p className="mb-6">
          <Link prefetch={false} href="/staff" className="font-semibold">
            {t("staffLink")}
          </Link>
        </p>
      )}
      {isResident && (
        <>
          <section aria-labelledby="my-requests-title" className="mb-6">
            <h2 id="my-requests-title" className="mb-2 text-xl font-bold">
              {t("myRequestsTitle")}
            </h2>
            {linked === "1" && (
              <p role="status" className="mb-4 max-w-3xl border-l-4 border-emerald-800 bg-emerald-50 p-3 font-semibold">
                {t("claimed")}
              </p>
            )}
            <p className="mb-3 max-w-2xl">{t("myRequestsIntro")}</p>
            <MyRequestsList requests={myRequests} />
          </section>
          <section aria-labelledby="claim-title" className="mb-6 max-w-xl border-t pt-4">
            <h2 id="claim-title" className="mb-2 text-xl font-bold">
              {t("claimTitle")}
            </h2>
            <p className="mb-3">{t("claimIntro")}</p>
            <ClaimRequestForm action={claimRequestAction} />
          </section>
        </>
      )}
      {can(ctx, "account.secondFactor") && <SecondFactorSummary enrolled={own.secondFactor} state={ctx.actor.secondFactor} />}
      <PasswordChange action={changePasswordAction} />
      <SessionsSection action={signOutEverywhereAction} />
    </>
  );
}
