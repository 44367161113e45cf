import { getTranslations } from "next-intl/server";

import type { Ctx } from "@/domain/context";
import { mostUsedServices } from "@/domain/services/catalogue";

import { ServiceList } from "./service-list";
import { ServiceSearchForm } from "./service-search-form";

/** The home page's first section: the service hall's search and its most used services. */
export async function ServiceHallSection({ ctx }: { ctx: Ctx }) {
  const t = await getTranslations("services");
  const services = await mostUsedServices(ctx);
  return (
    <section aria-labelledby="hall-title" className="mt-6">
      <h2 id="hall-title" className="text-xl font-bold">
        {t("hallTitle")}
      </h2>
      <ServiceSearchForm id="hall-q" />
      {services.length > 0 && (
        <>
          <h3 className="mb-2 text-lg font-semibold">{t("mostUsed")}</h3>
          <ServiceList services={services} />
        </>
      )}
      <p className="mt-3">
        <a href="/services">{t("allServices")}</a>
      </p>
    </section>
  );
}
