import { getTranslations } from "next-intl/server";

/** A plain GET form: results are rendered on the server, so it works without JavaScript. */
export async function ServiceSearchForm({ q = "", id = "service-q" }: { q?: string; id?: string }) {
  const t = await getTranslations("services");
  return (
    <form method="get" action="/services" role="search" aria-label={t("searchLabel")} className="my-4">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {t("searchLabel")}
      </label>
      <p id={`${id}-hint`} className="mb-2 text-sm text-slate-700">
        {t("searchHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={q}
          maxLength={50}
          aria-describedby={`${id}-hint`}
          className="min-w-0 flex-1 basis-56 rounded border-2 border-slate-700 px-3 py-2 text-base"
        />
        <button
          type="submit"
          className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0f172a] hover:bg-emerald-900"
        >
          {t("searchButton")}
        </button>
      </div>
    </form>
  );
}
