"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";

import type { QrPath } from "@/lib/qr";

import { PrintButton } from "./print-button";

export type ReceiptView = { trackingNumber: string; accessCode: string; trackPath: string; deadlineAt: string; qr: QrPath };

/** The panel that ends every submission: shown only after the request has committed. */
export function Receipt({ receipt }: { receipt: ReceiptView }) {
  const t = useTranslations("feedback");
  const format = useFormatter();
  return (
    <section aria-labelledby="receipt-title" className="receipt rounded border-4 border-emerald-800 p-4">
      <h2 id="receipt-title" className="mb-3 text-2xl font-bold" tabIndex={-1}>
        {t("receiptTitle")}
      </h2>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg print:text-3xl">
        <dt>{t("trackingNumber")}</dt>
        <dd className="font-mono font-bold">{receipt.trackingNumber}</dd>
        <dt>{t("accessCode")}</dt>
        <dd className="font-mono font-bold">{receipt.accessCode}</dd>
      </dl>
      <p className="mb-2 font-semibold">{t("accessCodeNote")}</p>
      <p className="mb-3">
        {t("answerBy", { date: format.dateTime(new Date(receipt.deadlineAt), { dateStyle: "long", timeZone: "Asia/Shanghai" }) })}
      </p>
      <p className="mb-3">
        <Link prefetch={false} href={receipt.trackPath}>
          {t("trackLink")}
        </Link>
      </p>
      <svg
        role="img"
        aria-label={t("qrAlt")}
        viewBox={`0 0 ${receipt.qr.size} ${receipt.qr.size}`}
        width={176}
        height={176}
        shapeRendering="crispEdges"
        className="mb-3 bg-white print:h-[70mm] print:w-[70mm]"
      >
        <path d={receipt.qr.path} fill="#000" />
      </svg>
      <PrintButton />
    </section>
  );
}
