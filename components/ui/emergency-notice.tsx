import { getTranslations } from "next-intl/server";

export async function EmergencyNotice() {
  const t = await getTranslations("emergency");
  return (
    <aside aria-labelledby="emergency-title" className="my-4 border-l-8 border-red-700 bg-red-50 p-4">
      <h2 id="emergency-title" className="text-lg font-bold text-red-800">
        {t("title")}
      </h2>
      <p>
        {t("body")}{" "}
        <a href="tel:110" className="text-xl font-bold text-red-800">
          110
        </a>
      </p>
    </aside>
  );
}
