import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { RecoveryCodesForm } from "@/components/account/recovery-codes-form";
import { ActionForm } from "@/components/ui/action-form";
import { ClientMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { getSecondFactorStatus } from "@/domain/accounts/second-factor/enrolment";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";
import { qrPath } from "@/lib/qr";

import { secondFactorCodesAction, startEnrolmentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("title"), robots: { index: false } };
}

/** The second factor: set up an authenticator app, and recovery codes. Open before the staff area is. */
export default async function SecondFactorPage() {
  const ctx = await getCtx();
  const read = await readForPage(getSecondFactorStatus(ctx), "/account/security");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const status = read.data;
  const t = await getTranslations("secondFactor");
  const qr = status.pending ? qrPath(status.pending.uri) : null;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("intro")}</p>
      {status.state === "required" && (
        <p className="mb-4 border-l-8 border-amber-500 bg-amber-50 p-3 font-semibold">{t("requiredNotice")}</p>
      )}
      {status.state === "demo-exempt" && <p className="mb-4 border-l-8 border-amber-500 bg-amber-50 p-3">{t("demoNotice")}</p>}

      {status.enrolled ? (
        <>
          <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
            {t("on")}
          </p>
          <h2 className="mb-2 text-xl font-bold">{t("renewTitle")}</h2>
          <p className="mb-3">{t("codesLeft", { count: status.recoveryCodesLeft })}</p>
          <p className="mb-3">{t("renewIntro")}</p>
        </>
      ) : status.pending && qr ? (
        <>
          <h2 className="mb-2 text-xl font-bold">{t("stepsTitle")}</h2>
          <ol className="mb-4 list-decimal space-y-2 pl-6">
            <li>{t("stepApp")}</li>
            <li>{t("stepScan")}</li>
            <li>{t("stepCode")}</li>
          </ol>
          <svg
            role="img"
            aria-label={t("qrAlt")}
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width={200}
            height={200}
            shapeRendering="crispEdges"
            className="mb-4 bg-white"
          >
            <path d={qr.path} fill="#000" />
          </svg>
          <p className="mb-1 font-semibold" id="secret-label">
            {t("secretLabel")}
          </p>
          <p aria-labelledby="secret-label" className="mb-4 break-all font-mono text-lg">
            {status.pending.secret.match(/.{1,4}/g)?.join(" ")}
          </p>
        </>
      ) : (
        <ActionForm action={startEnrolmentAction} submitLabel={t("start")} labels={{}}>
          <p className="mb-3">{t("startIntro")}</p>
        </ActionForm>
      )}
      {/* One form in one place for both steps: without JavaScript, the page that comes back after
          turning the factor on shows the "on" text above, and this form still shows the codes. */}
      {(status.enrolled || status.pending) && (
        <ClientMessages paths={["secondFactor"]}>
          <RecoveryCodesForm
            key="codes"
            action={secondFactorCodesAction}
            step={status.enrolled ? "renew" : "confirm"}
            submitLabel={status.enrolled ? t("renew") : t("confirm")}
          />
        </ClientMessages>
      )}
      <p className="mt-6">
        <Link prefetch={false} href="/account">
          {t("toAccount")}
        </Link>
      </p>
    </div>
  );
}
