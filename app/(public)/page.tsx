import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmergencyNotice } from "@/components/ui/emergency-notice";
import { getSiteInfo } from "@/domain/site/queries";
import { getCtx } from "@/lib/auth/context";

export default async function HomePage() {
  const ctx = await getCtx();
  const site = await getSiteInfo(ctx.locale);
  const t = await getTranslations("home");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{site.bureauName}</h1>
      <p className="mb-4 max-w-2xl text-lg">{t("intro")}</p>
      <EmergencyNotice />
      {!ctx.actor && (
        <section aria-labelledby="account-title" className="mt-6">
          <h2 id="account-title" className="mb-2 text-xl font-bold">
            {t("accountTitle")}
          </h2>
          <p className="mb-2">{t("accountBody")}</p>
          <p className="flex flex-wrap gap-4">
            <Link href="/sign-in">{t("signIn")}</Link>
            <Link href="/sign-up">{t("signUp")}</Link>
          </p>
        </section>
      )}
    </>
  );
}
