import { getTranslations } from "next-intl/server";

/** Step one, a plain GET form: the page finds the place and who answers for it, with or without JavaScript. */
export async function PlaceForm({ place, unknown }: { place: string; unknown: boolean }) {
  const t = await getTranslations("desk");
  const describedBy = unknown ? "place-hint place-error" : "place-hint";
  return (
    <form method="get" action="/desk" className={`mb-6 ${unknown ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor="place" className="mb-1 block font-semibold">
        {t("placeLabel")}
      </label>
      <p id="place-hint" className="mb-1 text-sm text-slate-700">
        {t("placeHint")}
      </p>
      {unknown && (
        <p id="place-error" className="mb-1 font-semibold text-red-700">
          {t("placeUnknown")}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <input
          id="place"
          name="place"
          type="text"
          defaultValue={place}
          maxLength={40}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={unknown || undefined}
          className="min-w-0 flex-1 basis-56 rounded border-2 border-slate-700 px-3 py-2 text-base"
        />
        <button
          type="submit"
          className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0f172a] hover:bg-emerald-900"
        >
          {t("placeButton")}
        </button>
      </div>
    </form>
  );
}
