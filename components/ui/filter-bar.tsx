/** A filter of a list: free text, or one choice of several ("" for all). */
export type Filter =
  | { name: string; label: string; value: string | undefined; type: "search" | "text" }
  | {
      name: string;
      label: string;
      value: string | undefined;
      type: "select";
      all: string;
      options: readonly { value: string; label: string }[];
    };

type Props = { id: string; label: string; action?: string; filters: readonly Filter[]; submit: string };

/**
 * The filters of a public list as one GET form: they work without JavaScript,
 * the choices stay in the address, and each field has its label above it.
 */
export function FilterBar({ id, label, action, filters, submit }: Props) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-6 flex flex-wrap items-end gap-2">
      {filters.map((f) => (
        <div key={f.name}>
          <label htmlFor={`${id}-${f.name}`} className="mb-1 block font-semibold">
            {f.label}
          </label>
          {f.type === "select" ? (
            <select
              id={`${id}-${f.name}`}
              name={f.name}
              defaultValue={f.value ?? ""}
              className="max-w-full rounded border-2 border-slate-700 px-2 py-2"
            >
              <option value="">{f.all}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-${f.name}`}
              name={f.name}
              type={f.type}
              defaultValue={f.value}
              className="rounded border-2 border-slate-700 px-3 py-2"
            />
          )}
        </div>
      ))}
      <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
        {submit}
      </button>
    </form>
  );
}

/** The next page of a keyset-paged list: the filters as they were understood, and the cursor. */
export function olderHref(path: string, kept: Record<string, string | undefined>, next: string): string {
  const params = new URLSearchParams(Object.entries({ ...kept, before: next }).filter((e): e is [string, string] => Boolean(e[1])));
  return `${path}?${params}`;
}
