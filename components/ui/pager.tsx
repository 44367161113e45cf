import { getTranslations } from "next-intl/server";
import Link from "next/link";

type Props = { page: number; hasNext: boolean; href: (page: number) => string };

/** Previous / next links: plain links, so paging works without JavaScript. */
export async function Pager({ page, hasNext, href }: Props) {
  if (page === 1 && !hasNext) return null;
  const t = await getTranslations("pager");
  return (
    <nav aria-label={t("label")} className="my-4 flex justify-between gap-4">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700">{t("page", { page })}</span>
      {hasNext ? (
        <Link prefetch={false} href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
