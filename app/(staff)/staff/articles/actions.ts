"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { ArticleFileInput, attachArticleFiles, removeArticleFile, RemoveArticleFileInput } from "@/domain/transparency/article-attachments";
import { ArticleForm, ArticleStatusInput, saveArticle, setArticleStatus } from "@/domain/transparency/manage-articles";
import { formAction, redirectAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";
import { uploadsOf } from "@/lib/form-data";

const save = formAction({
  schema: ArticleForm.extend({ articleId: z.number().nullable() }),
  run: (ctx, input) => saveArticle(ctx, input.articleId, input),
  revalidate: "/staff/articles",
  // A new draft opens on its own page, with its preview.
  done: (id, input): FormState => {
    if (input.articleId === null) redirect(`/staff/articles/${id}?saved=1`);
    return { fieldErrors: {}, values: {}, done: true };
  },
});

const status = redirectAction({
  schema: ArticleStatusInput,
  run: setArticleStatus,
  back: (formData) => `/staff/articles/${Number(formData.get("articleId")) || ""}`,
  outcome: () => ({ status: "1" }),
});

const attach = formAction({
  schema: ArticleFileInput,
  run: async (ctx, input, formData) => attachArticleFiles(ctx, input, await uploadsOf(formData, "attachments")),
  // The page lists the file it now has.
  done: (_count, input): FormState => redirect(`/staff/articles/${input.articleId}?attached=1`),
});

const remove = redirectAction({
  schema: RemoveArticleFileInput,
  run: removeArticleFile,
  back: (formData) => `/staff/articles/${Number(formData.get("articleId")) || ""}`,
  outcome: () => ({ removed: "1" }),
});

export async function saveArticleAction(articleId: number | null, state: FormState, formData: FormData) {
  return save(state, formData, { articleId });
}

export async function articleStatusAction(formData: FormData) {
  return status(formData);
}

export async function attachArticleFilesAction(articleId: number, state: FormState, formData: FormData) {
  return attach(state, formData, { articleId });
}

export async function removeArticleFileAction(formData: FormData) {
  return remove(formData);
}
