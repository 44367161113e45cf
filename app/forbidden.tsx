import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <PublicShell>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <Link href="/">{t("home")}</Link>
    </PublicShell>
  );
}
