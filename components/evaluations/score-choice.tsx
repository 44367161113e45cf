"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props = { name: "attitude" | "efficiency" | "fairness"; register: UseFormRegisterReturn; error?: string; chosen?: string };

const scoreWords = [
  ["5", "veryGood"],
  ["4", "good"],
  ["3", "fair"],
  ["2", "poor"],
  ["1", "veryPoor"],
] as const;

/** One plain question, answered 1 to 5 with the words beside each number. */
export function ScoreChoice({ name, register, error, chosen }: Props) {
  const t = useTranslations("rate");
  return (
    <fieldset
      id={name}
      className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend className="mb-1 font-semibold">{t(`questions.${name}`)}</legend>
      {error && (
        <p id={`${name}-error`} className="mb-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {scoreWords.map(([score, word]) => (
          <label key={score} className="flex items-center gap-2">
            <input type="radio" {...register} value={score} defaultChecked={chosen === score} className="h-5 w-5" />
            <span>{t(`scores.${word}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
