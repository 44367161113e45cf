"use client";

import { useFormStatus } from "react-dom";

type SubmitButtonProps = {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Pending by the form's own account (a form that sends its action itself, after checking). */
  pending?: boolean;
};

const variants = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900",
  secondary: "bg-slate-200 text-slate-900 hover:bg-slate-300",
  danger: "bg-red-700 text-white hover:bg-red-800",
};

/** A submit button that shows a pending state while its form posts (with JavaScript). */
export function SubmitButton({ children, pendingLabel, variant = "primary", pending: sending = false }: SubmitButtonProps) {
  const status = useFormStatus();
  const pending = sending || status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`${variants[variant]} rounded px-4 py-2 font-semibold shadow-[0_2px_0_#0f172a] focus:outline-none focus:ring-4 focus:ring-amber-400 disabled:opacity-70`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
