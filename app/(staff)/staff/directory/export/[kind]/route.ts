import { redirect } from "next/navigation";

import { exportAreasCsv } from "@/domain/directory/export-areas-csv";
import { exportOfficersCsv } from "@/domain/directory/export-officers-csv";
import { NotFoundError, UnauthenticatedError } from "@/domain/errors";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

const exporters = { officers: exportOfficersCsv, areas: exportAreasCsv };

// The bureau's calendar day names the file, wherever the server runs.
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** The officers or areas CSV as a download, for staff who may view the directory. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  try {
    if (!Object.hasOwn(exporters, kind)) throw new NotFoundError(`export ${kind}`);
    const csv = await exporters[kind as keyof typeof exporters](await getCtx());
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${kind}-${today()}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // A download link followed while signed out: sign in, then come back to it.
    if (error instanceof UnauthenticatedError) redirect(`/sign-in?next=${encodeURIComponent(`/staff/directory/export/${kind}`)}`);
    return problemResponse(error);
  }
}
