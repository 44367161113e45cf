"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

import { ArticleMarkdown } from "./markdown";

type ArticleText = { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string };
export type LivePreviewLabels = {
  saved: string;
  live: string;
  savedNote: string;
  liveNote: string;
  zh: string;
  en: string;
  empty: string;
  external: string;
};

const fields = ["titleZh", "titleEn", "bodyZh", "bodyEn"] as const;
const noSubscription = () => () => {};

/**
 * The article as the public page renders it (the same Markdown component).
 * From the server, and without JavaScript, it shows the saved text; once the
 * script runs it follows the form's fields as they are typed.
 */
export function LivePreview({ formField, saved, labels }: { formField: string; saved: ArticleText | null; labels: LivePreviewLabels }) {
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [typed, setTyped] = useState<ArticleText | null>(null);
  useEffect(() => {
    const form = document.getElementById(formField)?.closest("form");
    if (!form) return;
    const read = () => {
      const data = new FormData(form);
      setTyped(Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? "")])) as ArticleText);
    };
    form.addEventListener("input", read);
    // Whatever was typed before the script arrived.
    read();
    return () => form.removeEventListener("input", read);
  }, [formField]);
  const text = typed ?? saved;
  // A new article has nothing saved to show without the script.
  if (!live && !saved) return null;
  return (
    <section aria-labelledby={`${formField}-preview-title`}>
      <h2 id={`${formField}-preview-title`} className="mb-1 text-xl font-bold">
        {live ? labels.live : labels.saved}
      </h2>
      <p className="mb-2 text-sm text-slate-700">{live ? labels.liveNote : labels.savedNote}</p>
      {(["Zh", "En"] as const).map((lang) => (
        <div key={lang} lang={lang === "Zh" ? "zh-CN" : "en"} className="mb-4 rounded border border-slate-300 p-3">
          <h3 className="mb-2 font-semibold">{lang === "Zh" ? labels.zh : labels.en}</h3>
          {text?.[`body${lang}`].trim() ? (
            <>
              <p className="mb-2 text-lg font-bold">{text[`title${lang}`]}</p>
              <ArticleMarkdown text={text[`body${lang}`]} externalLabel={labels.external} />
            </>
          ) : (
            <p>{labels.empty}</p>
          )}
        </div>
      ))}
    </section>
  );
}
