import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { signOutAction } from "@/app/actions";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import type { Ctx } from "@/domain/context";
import { can, type Permission } from "@/domain/permissions";
import type en from "@/messages/en.json";

const links: {
  href: string;
  key: keyof typeof en.staffNav;
  permission: Permission;
}[] = [
  { href: "/staff", key: "dashboard", permission: "staff.enter" },
  { href: "/staff/requests", key: "requests", permission: "request.view" },
  { href: "/staff/templates", key: "templates", permission: "request.reply" },
  { href: "/staff/evaluations", key: "evaluations", permission: "evaluation.view" },
  { href: "/staff/neighbourhood", key: "neighbourhood", permission: "neighbourhood.edit" },
  { href: "/staff/articles", key: "articles", permission: "article.edit" },
  { href: "/staff/services", key: "services", permission: "service.edit" },
  { href: "/staff/directory", key: "directory", permission: "directory.view" },
  { href: "/staff/users", key: "users", permission: "user.list" },
  { href: "/staff/audit", key: "audit", permission: "audit.view" },
  { href: "/staff/outbox", key: "outbox", permission: "outbox.view" },
  { href: "/staff/settings", key: "settings", permission: "settings.edit" },
  { href: "/staff/api-keys", key: "apiKeys", permission: "apiKey.manage" },
  { href: "/staff/account", key: "myAccount", permission: "account.view" },
];

export async function StaffNav({ ctx }: { ctx: Ctx }) {
  const t = await getTranslations("staffNav");
  const roles = await getTranslations("roles");
  return (
    <header className="bg-slate-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="font-bold">
          {t("title")}{" "}
          <span className="font-normal text-slate-300">
            · {ctx.actor?.name} ({ctx.actor && roles(ctx.actor.role)})
          </span>
        </p>
        <div className="flex items-center gap-3">
          <Link prefetch={false} href="/" className="text-sm text-white">
            {t("publicSite")}
          </Link>
          <LanguageSwitcher />
          <form action={signOutAction}>
            <button type="submit" className="text-sm text-white underline">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      <nav aria-label={t("label")} className="bg-slate-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
          {links
            .filter((l) => can(ctx, l.permission))
            .map((l) => (
              <li key={l.href}>
                <Link prefetch={false} href={l.href} className="text-white">
                  {t(l.key)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </header>
  );
}
