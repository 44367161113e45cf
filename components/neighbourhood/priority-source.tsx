import { getTranslations } from "next-intl/server";

import type { PrioritySource } from "@/domain/neighbourhood/queries";

/** "Raised by residents: <the report's public title> (12 said it affects them too)": where a priority came from. */
export async function PrioritySourceLine({ source }: { source: PrioritySource }) {
  const t = await getTranslations("neighbourhood");
  // Published questions have a page of their own; published problem reports are read in the list of replies.
  const href = source.kind === "question" ? `/desk/q/${source.trackingNumber}` : "/feedback/replies";
  return (
    <p className="mt-2 text-sm">
      {t.rich("fromReport", {
        title: source.title,
        count: source.backers,
        link: (chunks) => <a href={href}>{chunks}</a>,
      })}
    </p>
  );
}
