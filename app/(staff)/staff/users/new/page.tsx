import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountForm } from "@/components/accounts/account-form";
import { OfficerChoices } from "@/components/accounts/officer-choices";
import { staffAccountFields } from "@/components/accounts/staff-account-fields";
import { PageProblem } from "@/components/ui/page-problem";
import { listOfficerChoices } from "@/domain/accounts/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { createStaffAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("createTitle") };
}

export default async function NewStaffAccountPage() {
  const ctx = await getCtx();
  const read = await readForPage(listOfficerChoices(ctx), "/staff/users/new");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const t = await getTranslations("users");
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/users">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("createTitle")}</h1>
      <p className="mb-4 max-w-2xl">{t("createIntro")}</p>
      <OfficerChoices id="officer-choices" officers={read.data} locale={ctx.locale} />
      <AccountForm
        schema="createStaffAccount"
        action={createStaffAccountAction}
        fields={await staffAccountFields({ withEmail: true })}
        initial={{ role: "officer" }}
        submitLabel={t("create")}
        pendingLabel={t("creating")}
      />
    </>
  );
}
