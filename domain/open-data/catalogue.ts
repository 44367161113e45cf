import "server-only";

import type { OpenDataset } from "./dataset";
import { areasDataset, officersDataset, unitsDataset } from "./datasets/directory";
import { repliesDataset } from "./datasets/replies";
import { servicesDataset } from "./datasets/services";
import { statisticsDataset } from "./datasets/statistics";

/** One licence for every file, as the open-data page and datapackage.json state it. */
export const OPEN_DATA_LICENCE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** Every dataset, in the order the open-data page lists them. */
export const openDatasets: readonly OpenDataset[] = [
  officersDataset,
  unitsDataset,
  areasDataset,
  servicesDataset,
  statisticsDataset,
  repliesDataset,
];

export function findDataset(id: string): OpenDataset | undefined {
  return openDatasets.find((d) => d.id === id);
}
