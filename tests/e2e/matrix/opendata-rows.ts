import type { PageRow } from "./page-rows";

// The lines of the open-data bundle: public pages and files, the same for
// everyone. The replies file holds published copies only, and the matrix's
// requests are never published.

const everyone = "200 200 200 200 200";
const nobody = "404 404 404 404 404";

const page = (route: string, cells: string, path?: string, note?: string): PageRow => ({
  route: `page ${route}`,
  cells,
  path: () => path ?? route,
  ...(note ? { note } : {}),
});
const handler = (route: string, cells: string, path?: string, note?: string): PageRow => ({
  route,
  cells,
  path: () => path ?? route.split(" ")[1]!,
  ...(note ? { note } : {}),
});

export const opendataPageRows: PageRow[] = [
  page("/open-data", everyone),
  page("/open-data/dictionary/[dataset]", everyone, "/open-data/dictionary/replies"),
  page("/open-data/dictionary/[dataset]", nobody, "/open-data/dictionary/no-such-dataset", "no such dataset"),
  handler("GET /open-data/datapackage.json", everyone),
  handler("GET /open-data/[file]", everyone, "/open-data/officers.csv"),
  handler("GET /open-data/[file]", everyone, "/open-data/replies.json"),
  handler("GET /open-data/[file]", nobody, "/open-data/requests.csv", "no such dataset"),
];
