import { getTranslations } from "next-intl/server";

import { signOutAction } from "@/app/actions";
import type { Ctx } from "@/domain/context";
import { can } from "@/domain/permissions";

import { LanguageSwitcher } from "./language-switcher";
import { publicSections } from "./sections";

export async function SiteHeader({ ctx, bureauName }: { ctx: Ctx; bureauName: string }) {
  const t = await getTranslations("nav");
  const site = await getTranslations("site");
  return (
    <header className="bg-emerald-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="text-white no-underline hover:text-white">
          <span className="block text-lg font-bold leading-tight">{site("name")}</span>
          <span className="block text-sm text-emerald-100">{bureauName}</span>
        </a>
        <div className="flex items-center gap-3">
          <LanguageSwitcher />
          {ctx.actor ? (
            <>
              <a href={can(ctx, "staff.enter") ? "/staff" : "/account"} className="text-sm text-white">
                {can(ctx, "staff.enter") ? t("staff") : t("account")}
              </a>
              <form action={signOutAction}>
                <button type="submit" className="text-sm text-white underline">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <a href="/sign-in" className="text-sm text-white">
              {t("signIn")}
            </a>
          )}
        </div>
      </div>
      {publicSections.length > 0 && (
        <nav aria-label={t("label")} className="bg-emerald-950">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
            {publicSections.map((s) => (
              <li key={s.href}>
                <a href={s.href} className="text-white">
                  {t(s.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
