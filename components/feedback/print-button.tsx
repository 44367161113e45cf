"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** "Print" once the page's script runs; before that (and without JavaScript) how to print with the browser. */
export function PrintButton() {
  const t = useTranslations("feedback");
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!scripted) return <p className="text-sm text-slate-700 print:hidden">{t("printHint")}</p>;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0f172a] hover:bg-slate-300 print:hidden"
    >
      {t("print")}
    </button>
  );
}
