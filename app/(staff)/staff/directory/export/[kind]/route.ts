import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { exportAreasCsv } from "@/domain/directory/export-areas-csv";
import { exportOfficersCsv } from "@/domain/directory/export-officers-csv";
import { ForbiddenError, UnauthenticatedError } from "@/domain/errors";
import { getCtx } from "@/lib/auth/context";

const exporters = { officers: exportOfficersCsv, areas: exportAreasCsv };

// The bureau's calendar day names the file, wherever the server runs.
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** The officers or areas CSV as a download, for staff who may view the directory. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!Object.hasOwn(exporters, kind)) return new Response((await getTranslations("notFound"))("title"), { status: 404 });
  try {
    const csv = await exporters[kind as keyof typeof exporters](await getCtx());
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${kind}-${today()}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/sign-in?next=${encodeURIComponent(`/staff/directory/export/${kind}`)}`);
    if (error instanceof ForbiddenError) return new Response((await getTranslations("forbidden"))("title"), { status: 403 });
    throw error;
  }
}
