import { actionsOf, editors, field, type ActionRow } from "./action-row";
import type { PageRow } from "./page-rows";

// The lines of police transparency: public sections, articles, statistics and
// their downloads, and the moderators' article pages and actions. The demo's
// articles are seeded in a fixed order: 1 is a published notice, the last a draft.

const PUBLISHED = 1;
const DRAFT = 14;
// The demo's PDFs: the first on the published household registration procedure, the second on the draft.
const PROCEDURE = 9;
const PROCEDURE_FILE = 1;
const DRAFT_FILE = 2;
const file = (article: number, id: number) => `/transparency/articles/${article}/files/${id}`;
const pdf = (name: string) => new File([Buffer.from("%PDF-1.4\n%%EOF\n", "latin1")], name, { type: "application/pdf" });
const everyone = "200 200 200 200 200";
const nobody = "404 404 404 404 404";
const articleEditors = "signIn 403 403 200 200";
const articleDraftFile = "404 404 404 200 200";

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
  handler("GET /transparency/articles/[id]/files/[fileId]", everyone, file(PROCEDURE, PROCEDURE_FILE)),
  { ...handler("GET /transparency/articles/[id]/files/[fileId]", articleDraftFile, file(DRAFT, DRAFT_FILE)), note: "a draft's file" },
  {
    ...handler("GET /transparency/articles/[id]/files/[fileId]", nobody, file(PUBLISHED, PROCEDURE_FILE)),
    note: "through another article",
  },
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
  articles("attachArticleFilesAction", editors, "moderator", `/staff/articles/${DRAFT}`, {
    note: "a PDF on the demo draft",
    fill: (r) => ({ attachments: pdf(`matrix-${r.tag}.pdf`) }),
    cleanup: async (sql, r) => void (await sql`delete from article_attachments where file_name = ${`matrix-${r.tag}.pdf`}`),
  }),
  articles("removeArticleFileAction", editors, "moderator", `/staff/articles/${DRAFT}`, {
    note: "a PDF put on the demo draft for each call",
    arrange: async (sql, r) => {
      const [row] = await sql<{ id: string }[]>`
        insert into article_attachments (article_id, file_name, media_type, size, sha256, bytes)
        values (${DRAFT}, ${`matrix-${r.tag}.pdf`}, 'application/pdf', 15, '', ${Buffer.from("%PDF-1.4\n%%EOF\n")}) returning id`;
      return { attachmentId: String(row!.id) };
    },
    cleanup: async (sql, r) => void (await sql`delete from article_attachments where file_name = ${`matrix-${r.tag}.pdf`}`),
  }),
];
