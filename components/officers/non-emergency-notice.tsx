import { getTranslations } from "next-intl/server";

export async function NonEmergencyNotice() {
  const t = await getTranslations("officers");
  return (
    <p role="note" className="my-3 border-l-4 border-red-700 bg-red-50 p-3">
      {t("nonEmergency")}{" "}
      <a href="tel:110" className="font-bold text-red-800">
        110
      </a>
    </p>
  );
}
