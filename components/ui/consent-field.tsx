import type { UseFormRegisterReturn } from "react-hook-form";

type Props = { label: string; hint: string; checked: boolean; register: UseFormRegisterReturn };

/** The consent-to-publish checkbox of a request form, with what publishing means beneath it. */
export function ConsentField({ label, hint, checked, register }: Props) {
  return (
    <div className="mb-5">
      <label className="flex items-start gap-2 font-semibold">
        <input type="checkbox" {...register} defaultChecked={checked} className="mt-1 h-5 w-5" aria-describedby="consent-hint" />
        {label}
      </label>
      <p id="consent-hint" className="ml-7 text-sm text-slate-700">
        {hint}
      </p>
    </div>
  );
}
