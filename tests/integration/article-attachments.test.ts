import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/domain/errors";
import { checkUploads } from "@/domain/requests/uploads";
import {
  attachArticleFiles,
  getArticleFile,
  listArticleFiles,
  MAX_ARTICLE_FILES,
  removeArticleFile,
} from "@/domain/transparency/article-attachments";
import { saveArticle, setArticleStatus } from "@/domain/transparency/manage-articles";
import { listArticlesForService } from "@/domain/transparency/service-links";

import { ctxFor, signedOut } from "../helpers/ctx";

const pdf = (text = "annex") => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`, "latin1");
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function draft() {
  const moderator = await ctxFor("moderator@demo.test");
  const id = await saveArticle(moderator, null, { section: "notices", titleZh: "附件通知", titleEn: "", bodyZh: "见附件。", bodyEn: "" });
  return { moderator, id };
}

async function auditActions(articleId: number) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "article"), eq(auditLog.entityId, String(articleId))));
  return rows.map((r) => r.action).sort();
}

describe("article attachments", () => {
  it("a PDF attached to a draft is for editors only, then public once the article is published; audited", async () => {
    const { moderator, id } = await draft();
    expect(await attachArticleFiles(moderator, { articleId: id }, [{ fileName: "../年度报告.pdf", bytes: pdf("report") }])).toBe(1);
    const [file] = await listArticleFiles(signedOut, id);
    expect(file).toMatchObject({ fileName: ".._年度报告.pdf", size: pdf("report").length });

    await expect(getArticleFile(signedOut, id, file!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArticleFile(await ctxFor("officer@demo.test"), id, file!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getArticleFile(moderator, id, file!.id)).isPublic).toBe(false);

    await setArticleStatus(moderator, { articleId: id, action: "publish" });
    const download = await getArticleFile(signedOut, String(id), String(file!.id));
    expect(download).toMatchObject({ mediaType: "application/pdf", isPublic: true, downloadName: `article-${id}-${file!.id}.pdf` });
    expect(Buffer.from(download.bytes).equals(pdf("report"))).toBe(true);
    // A file is found only through its own article.
    await expect(getArticleFile(signedOut, id + 1, file!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArticleFile(signedOut, "x", file!.id)).rejects.toBeInstanceOf(NotFoundError);

    expect(await auditActions(id)).toEqual(["article.attach", "article.create", "article.publish"]);
  });

  it("takes PDFs only, by their bytes: not a photo named .pdf, not a PDF holding markup, not over 5 MB, not nothing", async () => {
    const { moderator, id } = await draft();
    const refused = async (fileName: string, bytes: Buffer) => {
      const error = await attachArticleFiles(moderator, { articleId: id }, [{ fileName, bytes }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).fieldErrors.attachments;
    };
    expect(await refused("photo.pdf", png)).toBe("pdfOnly");
    expect(await refused("page.pdf", Buffer.concat([pdf(), Buffer.from("<script>alert(1)</script>")]))).toBe("fileHasMarkup");
    expect(await refused("big.pdf", Buffer.concat([pdf(), Buffer.alloc(5 * 1024 * 1024)]))).toBe("fileTooLarge");
    expect(await refused("empty.pdf", Buffer.alloc(0))).toBe("required");
    expect(await listArticleFiles(signedOut, id)).toEqual([]);
    expect(await auditActions(id)).toEqual(["article.create"]);
  });

  it(`holds at most ${MAX_ARTICLE_FILES} files an article`, async () => {
    const { moderator, id } = await draft();
    const files = Array.from({ length: 3 }, (_, i) => ({ fileName: `${i}.pdf`, bytes: pdf(String(i)) }));
    for (let i = 0; i < 3; i++) await attachArticleFiles(moderator, { articleId: id }, files);
    await attachArticleFiles(moderator, { articleId: id }, [files[0]!]);
    await expect(attachArticleFiles(moderator, { articleId: id }, [files[0]!])).rejects.toMatchObject({
      fieldErrors: { attachments: "articleFilesFull" },
    });
    expect(await listArticleFiles(signedOut, id)).toHaveLength(MAX_ARTICLE_FILES);
  });

  it("is refused to officers and residents, and removed by editors with an audit row", async () => {
    const { moderator, id } = await draft();
    const upload = [{ fileName: "a.pdf", bytes: pdf() }];
    await expect(attachArticleFiles(await ctxFor("officer@demo.test"), { articleId: id }, upload)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attachArticleFiles(await ctxFor("resident@demo.test"), { articleId: id }, upload)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attachArticleFiles(moderator, { articleId: 2_000_000_000 }, upload)).rejects.toBeInstanceOf(NotFoundError);

    await attachArticleFiles(moderator, { articleId: id }, upload);
    const [file] = await listArticleFiles(signedOut, id);
    await expect(removeArticleFile(await ctxFor("officer@demo.test"), { articleId: id, attachmentId: file!.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(removeArticleFile(moderator, { articleId: id + 1, attachmentId: file!.id })).rejects.toBeInstanceOf(NotFoundError);
    await removeArticleFile(await ctxFor("admin@demo.test"), { articleId: id, attachmentId: file!.id });
    expect(await listArticleFiles(signedOut, id)).toEqual([]);
    expect(await auditActions(id)).toEqual(["article.attach", "article.create", "article.detach"]);
  });

  it("come with the demo: the household registration procedure carries its checklist, a PDF the upload rules accept", async () => {
    const [procedure] = await listArticlesForService(signedOut, "hukou-transfer-in");
    const [file] = await listArticleFiles(signedOut, procedure!.id);
    expect(file!.fileName).toBe("户口迁移材料清单.pdf");
    const download = await getArticleFile(signedOut, procedure!.id, file!.id);
    const [checked] = checkUploads([{ fileName: file!.fileName, bytes: Buffer.from(download.bytes) }]);
    expect(checked!.mediaType).toBe("application/pdf");
    expect(Buffer.from(download.bytes).toString("latin1")).toMatch(/^%PDF-1\.4[\s\S]*startxref\n\d+\n%%EOF\n$/);
  });
});
