import { actionsOf, editors, field, type ActionRow } from "./action-row";
import type { PageRow } from "./page-rows";

// The lines of police transparency: public sections, articles, statistics and
// their downloads, and the moderators' article pages and actions. The demo's
// articles are seeded in a fixed order: 1 is a published notice, the last a draft.

const PUBLISHED = 1;
const DRAFT = 14;
const everyone = "200 200 200 200 200";
const nobody = "404 404 404 404 404";
const articleEditors = "signIn 403 403 200 200";

const page = (route: string, cells: string, path?: string, note?: string): PageRow => ({
  route: `page ${route}`,
  cells,
  path: () => path ?? route,
  ...(note ? { note } : {}),
});
const handler = (route: string, cells: string, path?: string): PageRow => ({ route, cells, path: () => path ?? route.split(" ")[1]! });

export const transparencyPageRows: PageRow[] = [
  page("/transparency", everyone),
  page("/transparency/organisation", everyone),
  page("/transparency/[section]", everyone, "/transparency/notices"),
  page("/transparency/[section]", nobody, "/transparency/no-such-section", "no such section"),
  page("/transparency/articles/[id]", everyone, `/transparency/articles/${PUBLISHED}`),
  page("/transparency/articles/[id]", nobody, `/transparency/articles/${DRAFT}`, "a draft"),
  page("/transparency/statistics", everyone, "/transparency/statistics?from=2026-01&to=2026-06"),
  handler("GET /transparency/statistics.csv", everyone),
  handler("GET /transparency/statistics.json", everyone),
  handler("GET /transparency/feed.xml", everyone),
  page("/staff/articles", articleEditors),
  page("/staff/articles/[id]", articleEditors, `/staff/articles/${DRAFT}`),
];

const articles = actionsOf("app/(staff)/staff/articles/actions.ts");

export const transparencyActionRows: ActionRow[] = [
  articles("saveArticleAction", editors, "moderator", "/staff/articles", {
    note: "a new draft",
    pick: (form) => field(form, "titleZh") === "",
    fill: (r) => ({ section: "news", titleZh: `矩阵文章 ${r.tag}`, titleEn: "", bodyZh: "正文。", bodyEn: "" }),
    cleanup: async (sql, r) => void (await sql`delete from articles where title_zh = ${`矩阵文章 ${r.tag}`}`),
  }),
  articles("articleStatusAction", editors, "moderator", `/staff/articles/${DRAFT}`, {
    note: "publishing the demo draft",
    arrange: async (sql) => void (await sql`update articles set status = 'draft', published_at = null where id = ${DRAFT}`),
    cleanup: async (sql) => void (await sql`update articles set status = 'draft', published_at = null where id = ${DRAFT}`),
  }),
];
