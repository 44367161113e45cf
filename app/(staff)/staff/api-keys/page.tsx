import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApiKeyFormView } from "@/components/api-keys/api-key-form";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { ClientMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { listApiKeys } from "@/domain/open311/api-keys";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiKeys"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Admins issue, watch and revoke the keys other applications post Open311 requests with. */
export default async function ApiKeysPage({ searchParams }: { searchParams: SearchParams }) {
  const keys = await readForPage(listApiKeys(await getCtx()), "/staff/api-keys");
  if (!keys.ok) return <PageProblem kind={keys.problem} roles={keys.roles} current={keys.current} />;
  const query = await searchParams;
  const t = await getTranslations("apiKeys");
  const errors = await getTranslations("errors");
  const problem = typeof query.error === "string" ? query.error : undefined;
  const problemKey = problem && errors.has(problem as Parameters<typeof errors>[0]) ? (problem as Parameters<typeof errors>[0]) : "invalid";
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="create-title" className="mb-10 max-w-xl">
        <h2 id="create-title" className="mb-3 text-xl font-bold">
          {t("createTitle")}
        </h2>
        <ClientMessages paths={["apiKeys"]} errors={["required", "tooLong"]}>
          <ApiKeyFormView action={createApiKeyAction} />
        </ClientMessages>
      </section>

      <section aria-labelledby="list-title" className="max-w-5xl">
        <h2 id="list-title" className="mb-3 text-xl font-bold">
          {t("listTitle")}
        </h2>
        {query.revoked === "1" && (
          <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
            {t("revokedDone")}
          </p>
        )}
        {problem && (
          <p role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
            {errors(problemKey)}
          </p>
        )}
        <ApiKeyTable keys={keys.data} revokeAction={revokeApiKeyAction} />
      </section>
    </>
  );
}
