import "server-only";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { findDataset, OPEN_DATA_LICENCE, openDatasets } from "./catalogue";
import type { Bilingual, FieldInfo, OpenDataset } from "./dataset";
import { loadVersions, updatedAt } from "./versions";

export type DatasetSummary = { id: string; title: Bilingual; description: Bilingual; updatedAt: Date | null };

const summary = (d: OpenDataset, at: Date | null): DatasetSummary => ({
  id: d.id,
  title: d.title,
  description: d.description,
  updatedAt: at,
});

/** What /open-data lists: every dataset with its licence and when it last changed. Public. */
export async function openDataCatalogue(_ctx: Ctx) {
  const versions = await loadVersions();
  return { licence: OPEN_DATA_LICENCE, datasets: openDatasets.map((d) => summary(d, updatedAt(d, versions))) };
}

/** A dataset's dictionary page: its fields as the files have them. Public. */
export async function openDataDictionary(
  _ctx: Ctx,
  id: string,
): Promise<DatasetSummary & { fields: readonly FieldInfo[]; licence: typeof OPEN_DATA_LICENCE }> {
  const dataset = findDataset(id);
  if (!dataset) throw new NotFoundError("no such dataset");
  return { ...summary(dataset, updatedAt(dataset, await loadVersions())), fields: dataset.fields, licence: OPEN_DATA_LICENCE };
}

/** Whether a dictionary page exists, for the proxy's real 404. */
export function openDatasetExists(_ctx: Ctx, id: string): boolean {
  return findDataset(id) !== undefined;
}
