import { getTranslations } from "next-intl/server";

import type { ServiceEntry } from "@/domain/services/catalogue";

/** Services as links with their summary, each marked online or in person. */
export async function ServiceList({ services }: { services: ServiceEntry[] }) {
  const t = await getTranslations("services");
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {services.map((s) => (
        <li key={s.slug} className="rounded border border-slate-300 p-3">
          <a href={`/services/${s.slug}`} className="font-semibold">
            {s.title}
          </a>
          <p className="text-sm text-slate-700">{s.summary}</p>
          <p className={`mt-1 text-sm font-semibold ${s.online ? "text-emerald-800" : "text-slate-700"}`}>
            {s.online ? t("online") : t("visit")}
          </p>
        </li>
      ))}
    </ul>
  );
}
