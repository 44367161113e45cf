"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

import { sixSmalls } from "@/lib/core/values";

type Props = { register: UseFormRegisterReturn; error?: string; chosen?: string };

/**
 * The six smalls, each with what to do instead or as well when a report
 * here is the wrong or a slow channel: the notice of the chosen one shows
 * beneath it by CSS alone, so also without JavaScript.
 */
export function CategoryChoice({ register, error, chosen }: Props) {
  const t = useTranslations("feedback");
  return (
    <fieldset
      id="category"
      className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
      aria-describedby={error ? "category-error" : undefined}
    >
      <legend className="mb-1 font-semibold">{t("categoryLegend")}</legend>
      {error && (
        <p id="category-error" className="mb-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      {sixSmalls.map((c) => (
        <div key={c} className="group mb-2">
          <label className="flex items-start gap-2">
            <input
              type="radio"
              {...register}
              value={c}
              defaultChecked={chosen === c}
              aria-describedby={`notice-${c}`}
              className="mt-1 h-5 w-5"
            />
            <span>
              <span className="font-semibold">{t(`categories.${c}.title`)}</span> — {t(`categories.${c}.line`)}
            </span>
          </label>
          <p id={`notice-${c}`} className="mt-1 ml-7 hidden border-l-4 border-amber-600 bg-amber-50 p-2 group-has-checked:block">
            {t(`categoryNotices.${c}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
