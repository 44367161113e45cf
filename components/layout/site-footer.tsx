import { getTranslations } from "next-intl/server";

import type { SiteInfo } from "@/domain/site/queries";
import { telUri } from "@/lib/core/tel";

export async function SiteFooter({ site }: { site: SiteInfo }) {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t-4 border-emerald-900 bg-slate-100">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6 text-sm sm:grid-cols-2">
        <div>
          <p className="font-semibold">{site.bureauName}</p>
          {site.address && <p>{t("address", { address: site.address })}</p>}
          <p>
            {t("dutyPhone")} <a href={telUri(site.dutyPhone)}>{site.dutyPhone}</a>
          </p>
          <p>
            <a href="/open-data">{t("openData")}</a>
          </p>
        </div>
        <p className="font-bold text-red-800">
          {t("emergency")}{" "}
          <a href="tel:110" className="text-red-800">
            110
          </a>
        </p>
      </div>
    </footer>
  );
}
