import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { PublicShell } from "@/components/layout/public-shell";
import { StaffNav } from "@/components/staff/staff-nav";
import { ClientMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";

// A convenience for people: the guard is in every domain function these pages call.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const ctx = await getCtx();
  if (!ctx.actor) redirect(`/sign-in?next=${encodeURIComponent((await headers()).get("x-pathname") ?? "/staff")}`);
  if (!can(ctx, "staff.enter")) {
    return (
      <PublicShell>
        <PageProblem kind="forbidden" />
      </PublicShell>
    );
  }
  const t = await getTranslations("nav");
  return (
    <>
      <a
        href="#main"
        className="sr-only bg-amber-300 px-4 py-2 text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
      >
        {t("skip")}
      </a>
      <StaffNav ctx={ctx} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <ClientMessages paths={["directoryImport", "settings.holidays", "settings.deadlines"]}>{children}</ClientMessages>
      </main>
    </>
  );
}
