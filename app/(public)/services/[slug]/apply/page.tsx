import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApplicationForm } from "@/components/services/application-form";
import { ClientMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { getOwnAccount } from "@/domain/accounts/queries";
import { getServiceGuide } from "@/domain/services/catalogue";
import { applicationFields } from "@/domain/services/submit-application";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { applyForServiceAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

async function load({ params }: Props) {
  const ctx = await getCtx();
  const { slug } = await params;
  const read = await readForPage(Promise.all([getServiceGuide(ctx, slug), applicationFields(slug)]));
  return { ctx, slug, read };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { read } = await load(props);
  if (!read.ok) return { title: (await getTranslations("notFound"))("title") };
  return { title: (await getTranslations("services"))("applyTitle", { service: read.data[0].title }) };
}

export default async function ApplyPage(props: Props) {
  const { ctx, slug, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const [guide, fields] = read.data;
  const t = await getTranslations("services");
  // A signed-in resident's own details are filled in; staff apply for no one.
  const resident = ctx.actor?.role === "resident" ? ctx.actor : null;
  const contact = { contactName: resident?.name ?? "", contactEmail: resident ? (await getOwnAccount(ctx)).email : "" };
  return (
    <>
      <p className="mb-2">
        <a href={`/services/${slug}`}>{t("backToGuide")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("applyTitle", { service: guide.title })}</h1>
      <p className="mb-4 max-w-2xl">{t("applyIntro")}</p>
      <p className="mb-4">
        {t("timeLimit")}: {t("timeLimitDays", { days: guide.timeLimitDays })} · {t("fee")}: {guide.fee || t("free")}
      </p>
      {/* A fresh key per form shown: a double click or a retry of this form sends it once. */}
      <ClientMessages paths={["services", "feedback"]}>
        <ApplicationForm
          fields={fields}
          idempotencyKey={randomBytes(18).toString("base64url")}
          contact={contact}
          action={applyForServiceAction.bind(null, slug)}
        />
      </ClientMessages>
    </>
  );
}
