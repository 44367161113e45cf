"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

import { Field } from "@/components/ui/field";
import type { FieldSpec } from "@/domain/services/field-definition";

type Props = { spec: FieldSpec; error?: string; register: UseFormRegisterReturn; defaultValue?: string };

const box = (error?: string) =>
  `w-full max-w-xl rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-700"} focus:outline-none focus:ring-4 focus:ring-amber-400`;

/** One field of a service's generated form, labelled in the page's language, its error tied to it. */
export function ApplicationField({ spec, error, register, defaultValue }: Props) {
  const t = useTranslations("services");
  const en = useLocale() === "en";
  const label = `${en ? spec.labelEn : spec.labelZh}${spec.required ? "" : ` ${t("optional")}`}`;
  const ownHint = en ? spec.hintEn : spec.hintZh;
  const common = { name: spec.name, label, error, register, defaultValue, required: spec.required };
  switch (spec.type) {
    case "text":
      return <Field {...common} hint={ownHint} maxLength={spec.maxLength} />;
    case "longText":
      return <Field {...common} hint={ownHint} rows={5} maxLength={spec.maxLength} />;
    case "idCard":
      return <Field {...common} hint={ownHint ?? t("idCardHint")} maxLength={20} />;
    case "phone":
      return <Field {...common} type="tel" hint={ownHint} autoComplete="tel" />;
    case "area":
      return <Field {...common} hint={ownHint ?? t("areaHint")} maxLength={40} />;
    default:
      return <ControlField spec={spec} label={label} error={error} register={register} defaultValue={defaultValue} hint={ownHint} />;
  }
}

/** Dates, choices and files: the controls Field does not draw. */
function ControlField({ spec, label, error, register, defaultValue, hint }: Props & { label: string; hint?: string }) {
  const t = useTranslations("services");
  const en = useLocale() === "en";
  const shownHint = spec.type === "file" ? (hint ?? t("fileHint")) : hint;
  const describedBy = [shownHint && `${spec.name}-hint`, error && `${spec.name}-error`].filter(Boolean).join(" ") || undefined;
  const control = { id: spec.name, ...register, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={spec.name} className="mb-1 block font-semibold">
        {label}
      </label>
      {shownHint && (
        <p id={`${spec.name}-hint`} className="mb-1 text-sm text-slate-600">
          {shownHint}
        </p>
      )}
      {error && (
        <p id={`${spec.name}-error`} className="mb-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      {spec.type === "date" && <input {...control} type="date" defaultValue={defaultValue} className={box(error)} />}
      {spec.type === "choice" && (
        <select {...control} defaultValue={defaultValue ?? ""} className={box(error)}>
          <option value="">{t("chooseOption")}</option>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {en ? o.labelEn : o.labelZh}
            </option>
          ))}
        </select>
      )}
      {spec.type === "file" && (
        <input {...control} type="file" accept="image/jpeg,image/png,image/webp,application/pdf" className="max-w-full" />
      )}
    </div>
  );
}
