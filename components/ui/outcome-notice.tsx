import { getTranslations } from "next-intl/server";

/**
 * What a list form's action did, read back from the page's query (see
 * redirectAction): an error by its message key, or a success line given by the page.
 */
export async function OutcomeNotice({ error, success }: { error?: string; success?: string | null }) {
  const errors = await getTranslations("errors");
  if (error) {
    const key = errors.has(error as "invalid") ? (error as "invalid") : "invalid";
    return (
      <p role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
        {errors(key)}
      </p>
    );
  }
  if (!success) return null;
  return (
    <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
      {success}
    </p>
  );
}
