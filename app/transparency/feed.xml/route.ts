import { Feed } from "feed";
import { getTranslations } from "next-intl/server";

import { getSiteInfo } from "@/domain/site/queries";
import { listPublished, localised } from "@/domain/transparency/articles";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";
import { siteOrigin } from "@/lib/site-url";

/** News and notices as an Atom feed, in the reader's language (the other where an article has no translation). */
export async function GET() {
  try {
    const ctx = await getCtx();
    const [origin, site, items, t] = await Promise.all([
      siteOrigin(),
      getSiteInfo(ctx.locale),
      listPublished(ctx, ["news", "notices"], 30),
      getTranslations("transparency"),
    ]);
    const feed = new Feed({
      title: t("feedTitle", { bureau: site.bureauName }),
      id: `${origin}/transparency`,
      link: `${origin}/transparency`,
      language: ctx.locale,
      copyright: site.bureauName,
      updated: items[0]?.publishedAt ?? new Date(0),
      feedLinks: { atom: `${origin}/transparency/feed.xml` },
    });
    for (const a of items) {
      const url = `${origin}/transparency/articles/${a.id}`;
      feed.addItem({
        title: localised({ ...a, bodyZh: "-", bodyEn: "-" }, ctx.locale).title,
        id: url,
        link: url,
        date: a.publishedAt ?? new Date(0),
        category: [{ name: t(`sections.${a.section}.title`) }],
      });
    }
    return new Response(feed.atom1(), {
      headers: {
        "Content-Type": "application/atom+xml; charset=utf-8",
        "Cache-Control": "public, max-age=300",
        Vary: "Cookie, Accept-Language",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
