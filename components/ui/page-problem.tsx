import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { Role } from "@/lib/core/values";

type Props = {
  kind: "forbidden" | "notFound";
  /** For a 403: the roles that may open the page, and the reader's own. */
  roles?: readonly Role[];
  current?: Role;
};

/**
 * Shown in place of a page the reader may not see, or that does not exist:
 * by app/global-not-found.tsx with a real 404 or 403 and noindex (proxy.ts rewrites
 * there), and inline by pages as a last guard behind the proxy.
 */
export async function PageProblem({ kind, roles, current }: Props) {
  const t = await getTranslations(kind);
  const f = await getTranslations("forbidden");
  const roleName = await getTranslations("roles");
  const needs = kind === "forbidden" && roles && roles.length > 0;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      {needs ? (
        <>
          <p className="mb-2">{f("needs", { roles: roles.map((r) => roleName(r)).join(f("separator")) })}</p>
          {current && <p className="mb-2">{f("yourRole", { role: roleName(current) })}</p>}
          <p className="mb-4">{f("askAdmin")}</p>
        </>
      ) : (
        <p className="mb-4">{t("body")}</p>
      )}
      <Link prefetch={false} href="/">
        {t("home")}
      </Link>
    </div>
  );
}
