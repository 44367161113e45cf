import "server-only";

import type { Ctx } from "../context";
import { OPEN_DATA_LICENCE, openDatasets } from "./catalogue";
import type { Dependency } from "./dataset";
import { loadVersions, validatorOf, type Validator } from "./versions";

const mediaTypes = { csv: "text/csv", json: "application/json" } as const;

/**
 * The Frictionless Data Package describing every file: made from the same
 * definitions as the files, so its fields are the files' columns. Paths are
 * relative to /open-data/datapackage.json.
 */
export function dataPackage() {
  return {
    profile: "tabular-data-package",
    name: "safe-city-open-data",
    title: "Safe City police bureau: open data",
    licenses: [OPEN_DATA_LICENCE],
    resources: openDatasets.flatMap((dataset) =>
      (["csv", "json"] as const).map((format) => ({
        profile: "tabular-data-resource",
        name: format === "csv" ? dataset.id : `${dataset.id}-json`,
        title: dataset.title.en,
        description: dataset.description.en,
        path: `${dataset.id}.${format}`,
        format,
        mediatype: mediaTypes[format],
        encoding: "utf-8",
        ...(format === "csv" ? { dialect: { delimiter: ",", lineTerminator: "\r\n", header: true } } : {}),
        licenses: [OPEN_DATA_LICENCE],
        schema: {
          fields: dataset.fields.map((f) => ({
            name: f.name,
            type: f.type,
            ...(f.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
            description: f.unit ? `${f.meaning.en} (${f.unit.en})` : f.meaning.en,
            example: f.example,
          })),
          missingValues: [""],
        },
      })),
    ),
  };
}

/** The descriptor changes only with the code; its validator follows the data it describes all the same. */
export async function dataPackageValidator(_ctx: Ctx): Promise<Validator> {
  const all = [...new Set(openDatasets.flatMap((d) => d.dependsOn))] as Dependency[];
  return validatorOf("datapackage.json", all, await loadVersions());
}
