import { telUri } from "@/lib/core/tel";

/** A tap-to-call number with its kind beside it, large enough to hit on a phone. */
export function PhoneLink({ phone, label }: { phone: string; label: string }) {
  if (!phone) return null;
  return (
    <span className="inline-flex min-h-11 items-center gap-1">
      <span className="text-sm text-slate-700">{label}</span>
      <a href={telUri(phone)} className="font-semibold tabular-nums">
        {phone}
      </a>
    </span>
  );
}
