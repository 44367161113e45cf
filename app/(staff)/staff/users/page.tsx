import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { listUsers } from "@/domain/accounts/queries";
import { PageProblem } from "@/components/ui/page-problem";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";
import { setUserDisabledAction, signOutUserEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const ctx = await getCtx();
  const read = await readForPage(listUsers(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} />;
  const users = read.data;
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">{t("name")}</th>
              <th scope="col" className="p-2">{t("email")}</th>
              <th scope="col" className="p-2">{t("role")}</th>
              <th scope="col" className="p-2">{t("unit")}</th>
              <th scope="col" className="p-2">{t("state")}</th>
              <th scope="col" className="p-2">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2 font-semibold">{user.name}</th>
                <td className="p-2">{user.email}</td>
                <td className="p-2">{roles(user.role)}</td>
                <td className="p-2">{(ctx.locale === "en" ? user.unitNameEn : user.unitNameZh) ?? "—"}</td>
                <td className="p-2">{user.disabled ? t("disabled") : user.locked ? t("locked") : t("active")}</td>
                <td className="p-2">
                  {user.id !== ctx.actor?.userId && (
                    <div className="flex flex-wrap gap-2">
                      <form action={setUserDisabledAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
                        <SubmitButton variant={user.disabled ? "secondary" : "danger"}>
                          {user.disabled ? t("enable", { name: user.name }) : t("disable", { name: user.name })}
                        </SubmitButton>
                      </form>
                      <form action={signOutUserEverywhereAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <SubmitButton variant="secondary">{t("signOutEverywhere", { name: user.name })}</SubmitButton>
                      </form>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
