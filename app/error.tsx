"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";

// No details: the digest lets staff find the logged error, nothing more is shown.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      {error.digest && <p className="mb-4 text-sm text-slate-700">{t("reference", { digest: error.digest })}</p>}
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link prefetch={false} href="/">
          {t("home")}
        </Link>
      </div>
      <p className="mt-6 font-bold text-red-800">
        {t("emergency")} <a href="tel:110">110</a>
      </p>
    </main>
  );
}
