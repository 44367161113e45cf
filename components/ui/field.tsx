type FieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "search";
  error?: string;
  hint?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
};

/** A labelled input; its error sits beside it, tied by aria-describedby (GOV.UK pattern). */
export function Field({ name, label, type = "text", error, hint, defaultValue, autoComplete, required }: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
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
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        className={`w-full max-w-md rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-700"} focus:outline-none focus:ring-4 focus:ring-amber-400`}
      />
    </div>
  );
}
