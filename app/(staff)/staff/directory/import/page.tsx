import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ImportFlow } from "@/components/directory/import-flow";
import { PageProblem } from "@/components/ui/page-problem";
import { describeDirectoryImport } from "@/domain/directory/describe-import";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { checkImportAction, confirmImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directoryImport"))("title") };
}

export default async function DirectoryImportPage() {
  const read = await readForPage(describeDirectoryImport(await getCtx()), "/staff/directory/import");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const t = await getTranslations("directoryImport");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      <ImportFlow check={checkImportAction} confirm={confirmImportAction} columns={read.data} />
      <h2 className="mb-2 mt-10 text-xl font-bold">{t("exportTitle")}</h2>
      <p className="mb-2 max-w-2xl">{t("exportIntro")}</p>
      {/* Downloads from a route handler, not pages: no client-side navigation. */}
      <ul className="list-disc pl-6">
        <li>
          <a href="/staff/directory/export/officers" download>
            {t("exportOfficers")}
          </a>
        </li>
        <li>
          <a href="/staff/directory/export/areas" download>
            {t("exportAreas")}
          </a>
        </li>
      </ul>
    </>
  );
}
