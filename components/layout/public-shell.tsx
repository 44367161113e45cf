import { getTranslations } from "next-intl/server";

import { getSiteInfo } from "@/domain/site/queries";
import { getCtx } from "@/lib/auth/context";

import { DemoNotice } from "./demo-notice";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Skip link, demo notice, header, main and footer: around every public page, 404 included. */
export async function PublicShell({ children }: { children: React.ReactNode }) {
  const ctx = await getCtx();
  const site = await getSiteInfo(ctx.locale);
  const t = await getTranslations("nav");
  return (
    <>
      <a
        href="#main"
        className="sr-only bg-amber-300 px-4 py-2 text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
      >
        {t("skip")}
      </a>
      {site.demoData && <DemoNotice />}
      <SiteHeader ctx={ctx} bureauName={site.bureauName} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter site={site} />
    </>
  );
}
