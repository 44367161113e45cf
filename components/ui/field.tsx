import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

type FieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "search";
  error?: string;
  hint?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "text";
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  maxLength?: number;
  /** The id of a <datalist> to suggest values from (a searchable list that needs no JavaScript). */
  list?: string;
  /** react-hook-form's props for the field, when a form checks it in the browser. */
  register?: UseFormRegisterReturn;
  /** <option>s: a <select> of them instead of an input. */
  children?: ReactNode;
};

/** A labelled input, textarea or select; its error sits beside it, tied by aria-describedby (GOV.UK pattern). */
export function Field({
  name,
  label,
  type = "text",
  error,
  hint,
  defaultValue,
  autoComplete,
  required,
  inputMode,
  rows,
  maxLength,
  list,
  register,
  children,
}: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const common = {
    id: name,
    name,
    defaultValue,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    "aria-required": required || undefined,
    className: `w-full max-w-xl rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-700"} focus:outline-none focus:ring-4 focus:ring-amber-400`,
  };
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={name} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mb-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      {children ? (
        <select {...common} {...register}>
          {children}
        </select>
      ) : rows ? (
        <textarea {...common} {...register} rows={rows} />
      ) : (
        <input {...common} {...register} type={type} autoComplete={autoComplete ?? "off"} inputMode={inputMode} list={list} />
      )}
    </div>
  );
}
