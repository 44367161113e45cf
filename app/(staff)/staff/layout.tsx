import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { DemoNotice } from "@/components/layout/demo-notice";
import { PublicShell } from "@/components/layout/public-shell";
import { StaffNav } from "@/components/staff/staff-nav";
import { ClientMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { can, needsSecondFactorFirst } from "@/domain/permissions";
import { getSiteInfo } from "@/domain/site/queries";
import { getCtx } from "@/lib/auth/context";

// A convenience for people: the guard is in every domain function these pages call.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const ctx = await getCtx();
  if (!ctx.actor) redirect(`/sign-in?next=${encodeURIComponent((await headers()).get("x-pathname") ?? "/staff")}`);
  // Admins and moderators (and officers, when the settings say so) set up a second factor first.
  if (needsSecondFactorFirst(ctx, "staff.enter")) redirect("/account/security");
  if (!can(ctx, "staff.enter")) {
    return (
      <PublicShell>
        <PageProblem kind="forbidden" />
      </PublicShell>
    );
  }
  const [t, site] = await Promise.all([getTranslations("nav"), getSiteInfo(ctx.locale)]);
  const security = await getTranslations("secondFactor");
  return (
    <>
      <a
        href="#main"
        className="sr-only bg-amber-300 px-4 py-2 text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
      >
        {t("skip")}
      </a>
      {site.demoData && <DemoNotice />}
      <StaffNav ctx={ctx} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {ctx.actor.secondFactor === "demo-exempt" && (
          <p role="note" className="mb-4 border-l-8 border-amber-500 bg-amber-50 p-3 text-sm">
            {security("demoNotice")}
          </p>
        )}
        <ClientMessages paths={["directoryImport", "settings.holidays", "settings.deadlines", "settings.security"]}>
          {children}
        </ClientMessages>
      </main>
    </>
  );
}
