import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";
import { OfficerChoices } from "@/components/accounts/officer-choices";
import { staffAccountFields } from "@/components/accounts/staff-account-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageProblem } from "@/components/ui/page-problem";
import { getAccount, listOfficerChoices } from "@/domain/accounts/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import {
  resetSecondFactorAction,
  sendPasswordLinkAction,
  setUserDisabledAction,
  signOutUserEverywhereAction,
  unlockAccountAction,
  updateStaffAccountAction,
} from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("accountTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };
const outcomes = ["created", "saved", "linkSent", "secondFactorReset", "signedOut", "unlocked", "disabled", "enabled"] as const;

/** One account: what it is, and what an admin can do with it. */
export default async function AccountPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const ctx = await getCtx();
  const [read, officers] = await Promise.all([
    readForPage(getAccount(ctx, { userId: id }), `/staff/users/${id}`),
    readForPage(listOfficerChoices(ctx, { editing: id }), `/staff/users/${id}`),
  ]);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  if (!officers.ok) return <PageProblem kind={officers.problem} roles={officers.roles} current={officers.current} />;
  const account = read.data;
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  const self = account.id === ctx.actor?.userId;
  const staff = account.role !== "resident";
  const outcome = outcomes.find((o) => o === done);
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }) : t("never");
  const unit = (ctx.locale === "en" ? account.unitNameEn : account.unitNameZh) ?? "—";
  const userIdField = <input type="hidden" name="userId" value={account.id} />;
  const state = account.disabled ? t("disabled") : account.invited ? t("invited") : account.locked ? t("locked") : t("active");
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/users">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 break-words text-2xl font-bold">{account.name}</h1>
      {outcome && (
        <p role="status" className="mb-4 max-w-2xl border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t(`outcomes.${outcome}`)}
        </p>
      )}
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="break-all">{account.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{roles(account.role)}</dd>
        <dt className="font-semibold">{t("badge")}</dt>
        <dd>{account.badgeNumber ?? "—"}</dd>
        <dt className="font-semibold">{t("unit")}</dt>
        <dd>{unit}</dd>
        <dt className="font-semibold">{t("state")}</dt>
        <dd>{state}</dd>
        <dt className="font-semibold">{t("secondFactor")}</dt>
        <dd>{account.secondFactor ? t("secondFactorOn") : t("secondFactorOff")}</dd>
        <dt className="font-semibold">{t("lastSignIn")}</dt>
        <dd>{when(account.lastSignInAt)}</dd>
      </dl>

      {staff && (
        <section aria-labelledby="edit-title" className="mb-6 max-w-2xl border-t pt-4">
          <h2 id="edit-title" className="mb-2 text-xl font-bold">
            {t("editTitle")}
          </h2>
          {self && <p className="mb-3">{t("selfNote")}</p>}
          <OfficerChoices id="officer-choices" officers={officers.data} locale={ctx.locale} />
          <AccountForm
            schema="updateStaffAccount"
            action={updateStaffAccountAction}
            fields={await staffAccountFields({ withEmail: false })}
            initial={{ name: account.name, role: account.role, badgeNumber: account.badgeNumber ?? "" }}
            hidden={{ userId: String(account.id) }}
            submitLabel={t("save")}
            pendingLabel={t("saving")}
          />
        </section>
      )}

      {!self && (
        <section aria-labelledby="actions-title" className="max-w-2xl border-t pt-4">
          <h2 id="actions-title" className="mb-2 text-xl font-bold">
            {t("actions")}
          </h2>
          {!account.disabled && (
            <>
              <p className="mb-2">{account.invited ? t("sendLinkInvited") : t("sendLinkReset")}</p>
              <ActionForm action={sendPasswordLinkAction} submitLabel={t("sendLink")} labels={{}} variant="secondary">
                {userIdField}
              </ActionForm>
            </>
          )}
          {account.secondFactor && (
            <>
              <p className="mb-2">{t("resetSecondFactorHint")}</p>
              <ActionForm action={resetSecondFactorAction} submitLabel={t("resetSecondFactor")} labels={{}} variant="secondary">
                {userIdField}
              </ActionForm>
            </>
          )}
          {account.locked && (
            <ActionForm action={unlockAccountAction} submitLabel={t("unlock")} labels={{}} variant="secondary">
              {userIdField}
            </ActionForm>
          )}
          <ActionForm
            action={signOutUserEverywhereAction}
            submitLabel={t("signOutEverywhere", { name: account.name })}
            labels={{}}
            variant="secondary"
          >
            {userIdField}
          </ActionForm>
          <ActionForm
            action={setUserDisabledAction}
            submitLabel={account.disabled ? t("enable", { name: account.name }) : t("disable", { name: account.name })}
            labels={{}}
            variant={account.disabled ? "secondary" : "danger"}
          >
            {userIdField}
            <input type="hidden" name="disabled" value={String(!account.disabled)} />
          </ActionForm>
        </section>
      )}
    </>
  );
}
