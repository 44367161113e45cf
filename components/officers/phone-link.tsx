import { telUri } from "@/lib/core/tel";

/**
 * A tap-to-call number, large enough to hit on a phone, with its kind beside
 * it; no label where a description list's term already says what it is.
 */
export function PhoneLink({ phone, label }: { phone: string; label?: string }) {
  if (!phone) return null;
  return (
    <span className="inline-flex min-h-11 items-center gap-1">
      {label && <span className="text-sm text-slate-700">{label}</span>}
      <a href={telUri(phone)} className="font-semibold tabular-nums">
        {phone}
      </a>
    </span>
  );
}
