import { openDataDownload } from "@/domain/open-data/download";
import { parseCsv } from "@/lib/core/csv";

import { signedOut } from "./ctx";

/** A whole open-data file as text, read from its stream. */
export async function downloadText(name: string): Promise<string> {
  const download = await openDataDownload(signedOut, name);
  // ignoreBOM keeps the byte-order mark in the text, where a test can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(await download.body()).arrayBuffer());
}

/** A dataset's CSV rows, by column name. */
export async function csvRows(id: string): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const { header, rows } = parseCsv(await downloadText(`${id}.csv`));
  return { header, rows: rows.map((r) => r.values) };
}

/** A dataset's JSON records. */
export async function jsonRows(id: string): Promise<Record<string, unknown>[]> {
  return JSON.parse(await downloadText(`${id}.json`)) as Record<string, unknown>[];
}
