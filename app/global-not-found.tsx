import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { headers } from "next/headers";

import { PublicShell } from "@/components/layout/public-shell";
import { pickMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { problemHeader, readProblemHeader } from "@/lib/problem-page";

import "./globals.css";

// Every unknown address, and every page proxy.ts answered with a 404 or 403
// (it says which in a request header; see lib/problem-page.ts). A global
// not-found page is rendered only for those: a not-found.tsx would be
// rendered, shell and all, into every page's payload as its fallback, twice.
// It has no layout around it, so it gives itself what app/layout.tsx gives pages.

export async function generateMetadata(): Promise<Metadata> {
  const problem = readProblemHeader((await headers()).get(problemHeader));
  const [t, site] = await Promise.all([getTranslations(problem.kind), getTranslations("site")]);
  return {
    title: `${t("title")} · ${site("name")}`,
    description: site("description"),
    manifest: "/manifest.webmanifest",
    icons: { icon: "/favicon.ico", apple: "/icon.png" },
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#064e3b" };

export default async function GlobalNotFound() {
  const problem = readProblemHeader((await headers()).get(problemHeader));
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["error"])}>
          <PublicShell>
            {problem.kind === "forbidden" ? (
              <PageProblem kind="forbidden" roles={problem.roles} current={problem.current} />
            ) : (
              <PageProblem kind="notFound" />
            )}
          </PublicShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
