"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * What the form becomes when someone is in danger now: one large
 * instruction and one large button that calls 110. The form waits hidden
 * below; "back" reveals it (with JavaScript at once, without it by the
 * link's #feedback-form target, see FeedbackFormView).
 */
export function DangerStop({ onBack, focus }: { onBack: () => void; focus: boolean }) {
  const t = useTranslations("feedback.dangerStop");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section
      aria-labelledby="danger-stop-title"
      className="mb-6 rounded border-8 border-red-700 bg-red-50 p-5 group-has-[#feedback-form:target]/stop:hidden"
    >
      <h2 id="danger-stop-title" ref={heading} tabIndex={-1} className="mb-3 text-4xl font-bold text-red-800">
        {t("title")}
      </h2>
      <p className="mb-5 max-w-xl text-lg">{t("body")}</p>
      <a
        href="tel:110"
        className="mb-6 inline-flex min-h-16 items-center justify-center rounded bg-red-700 px-8 py-4 text-2xl font-bold text-white no-underline shadow-[0_3px_0_#0f172a] hover:bg-red-800 hover:text-white"
      >
        {t("call")}
      </a>
      <p>
        <a
          href="#feedback-form"
          onClick={(event) => {
            event.preventDefault();
            onBack();
          }}
        >
          {t("back")}
        </a>
      </p>
    </section>
  );
}
