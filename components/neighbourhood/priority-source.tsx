import { getTranslations } from "next-intl/server";

import { replyPermalink } from "@/components/replies/published-reply-card";
import type { PrioritySource } from "@/domain/neighbourhood/queries";

/** "Raised by residents: <the report's public title> (12 said it affects them too)": where a priority came from. */
export async function PrioritySourceLine({ source }: { source: PrioritySource }) {
  const t = await getTranslations("neighbourhood");
  // Published questions and published problem reports each have a page of their own.
  const href = source.kind === "question" ? `/desk/q/${source.trackingNumber}` : replyPermalink(source.trackingNumber);
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
