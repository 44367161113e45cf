import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";

import { PublicShell } from "@/components/layout/public-shell";
import { PageProblem } from "@/components/ui/page-problem";
import { problemHeader, readProblemHeader } from "@/lib/problem-page";

export async function generateMetadata(): Promise<Metadata> {
  const problem = readProblemHeader((await headers()).get(problemHeader));
  return { title: (await getTranslations(problem.kind))("title"), robots: { index: false, follow: false } };
}

// Every unknown address, and every page proxy.ts answered with a 404 or 403
// (it says which in a request header; see lib/problem-page.ts).
export default async function NotFound() {
  const problem = readProblemHeader((await headers()).get(problemHeader));
  return (
    <PublicShell>
      {problem.kind === "forbidden" ? (
        <PageProblem kind="forbidden" roles={problem.roles} current={problem.current} />
      ) : (
        <PageProblem kind="notFound" />
      )}
    </PublicShell>
  );
}
