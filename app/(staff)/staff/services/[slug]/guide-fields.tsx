import { getTranslations } from "next-intl/server";

import type { GuideTexts } from "@/domain/services/edit-guide";

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

const texts = [
  { key: "title", rows: 0 },
  { key: "summary", rows: 3 },
  { key: "eligibility", rows: 3 },
  { key: "steps", rows: 6 },
  { key: "fee", rows: 0 },
  { key: "legalBasis", rows: 2 },
] as const;

/** The guide's texts, Chinese beside English, filled with the saved guide. */
export async function GuideFields({ guide }: { guide: GuideTexts }) {
  const t = await getTranslations("staffServices.guide");
  return (
    <div className="grid gap-x-6 md:grid-cols-2">
      {(["Zh", "En"] as const).map((lang) => (
        <fieldset key={lang} className="mb-3 min-w-0" lang={lang === "Zh" ? "zh-CN" : "en"}>
          <legend className="mb-2 font-bold">{t(`language${lang}`)}</legend>
          {texts.map(({ key, rows }) => {
            const name = `${key}${lang}` as const;
            const hintText = key === "steps" ? t("stepsHint") : key === "fee" ? t("feeHint") : null;
            const hint = hintText ? `${name}-hint` : undefined;
            const common = { id: name, name, defaultValue: guide[name], "aria-describedby": hint, className: `${box} mb-3` };
            return (
              <div key={name}>
                <label htmlFor={name} className="mb-1 block font-semibold">
                  {t(name)}
                </label>
                {hint && (
                  <p id={hint} className="mb-1 text-sm text-slate-600">
                    {hintText}
                  </p>
                )}
                {rows ? <textarea {...common} rows={rows} /> : <input {...common} />}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}

export async function guideLabels() {
  const t = await getTranslations("staffServices.guide");
  return Object.fromEntries(texts.flatMap(({ key }) => (["Zh", "En"] as const).map((lang) => [`${key}${lang}`, t(`${key}${lang}`)])));
}
