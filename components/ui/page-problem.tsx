import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * Shown in place of a page the reader may not see, or that does not exist.
 * Rendered inline rather than through notFound()/forbidden(): Next.js serves
 * those interrupts as an empty shell without JavaScript.
 */
export async function PageProblem({ kind }: { kind: "forbidden" | "notFound" }) {
  const t = await getTranslations(kind);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <Link href="/">{t("home")}</Link>
    </div>
  );
}
