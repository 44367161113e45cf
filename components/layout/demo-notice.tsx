import { getTranslations } from "next-intl/server";

export async function DemoNotice() {
  const t = await getTranslations("demo");
  return (
    <div role="note" className="bg-amber-200 px-4 py-2 text-center text-sm text-slate-900">
      <strong>{t("title")}</strong> {t("body")}
    </div>
  );
}
