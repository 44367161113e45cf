import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { MyRequest } from "@/domain/requests/my-requests";

type Props = { requests: MyRequest[] };

/** The resident's requests as a list of short cards: readable at 360 px, where a five-column table is not. */
export async function MyRequestsList({ requests }: Props) {
  const t = await getTranslations("account");
  const statuses = await getTranslations("track.statuses");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  if (requests.length === 0) {
    return (
      <p className="mb-4">
        {t("myRequestsEmpty")}{" "}
        <Link prefetch={false} href="/feedback">
          {t("myRequestsWrite")}
        </Link>
      </p>
    );
  }
  return (
    <ul className="mb-4 grid max-w-3xl gap-3">
      {requests.map((request) => (
        <li key={request.trackingNumber} className="rounded border border-slate-300 p-3">
          <p className="mb-2 break-words font-semibold">{request.subject}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>{t("trackingNumber")}</dt>
            <dd>
              <Link prefetch={false} href={`/track/${request.trackToken}`} className="font-mono">
                {request.trackingNumber}
              </Link>
            </dd>
            <dt>{t("status")}</dt>
            <dd>{statuses(request.status)}</dd>
            <dt>{t("sent")}</dt>
            <dd>{day(request.createdAt)}</dd>
            <dt>{t("deadline")}</dt>
            <dd>{day(request.deadlineAt)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
