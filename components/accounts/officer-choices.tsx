import type { OfficerChoice } from "@/domain/accounts/queries";
import type { Locale } from "@/domain/context";

/** Every officer as a suggestion for the badge number field: type a badge, a name or a unit to narrow it. */
export function OfficerChoices({ id, officers, locale }: { id: string; officers: OfficerChoice[]; locale: Locale }) {
  return (
    <datalist id={id}>
      {officers.map((o) => (
        <option key={o.badgeNumber} value={o.badgeNumber}>
          {`${locale === "en" ? o.namePinyin : o.nameZh} · ${locale === "en" ? o.unitNameEn : o.unitNameZh}`}
        </option>
      ))}
    </datalist>
  );
}
