import { createHash } from "node:crypto";

import { actionsOf, admins, field, type ActionRow } from "./action-row";
import type { PageRow } from "./page-rows";

// The lines of Open311 GeoReport v2 and the admins' API keys. Reading is open
// to everyone, signed in or not, and shows no one's contact or private text;
// posting needs a live key whoever sends it (the matrix's sessions carry
// none). The sentinels are complaints, which Open311 does not carry at all.

const everyone = "200 200 200 200 200";
const nobody = "404 404 404 404 404";
const adminsOnly = "signIn 403 403 403 200";

const handler = (route: string, cells: string, path?: PageRow["path"], extra: Partial<PageRow> = {}): PageRow => ({
  route,
  cells,
  path: path ?? (() => route.split(" ")[1]!),
  ...extra,
});

export const open311PageRows: PageRow[] = [
  handler("GET /open311/v2/[resource]", everyone, () => "/open311/v2/discovery.json"),
  handler("GET /open311/v2/[resource]", everyone, () => "/open311/v2/services.xml"),
  handler("GET /open311/v2/[resource]", everyone, () => "/open311/v2/requests.json?page_size=1000", { note: "the newest requests" }),
  handler(
    "GET /open311/v2/[resource]",
    everyone,
    (r) => `/open311/v2/requests.xml?service_request_id=${r.own.trackingNumber},${r.other.trackingNumber}`,
    {
      note: "the sentinels by id: complaints, so not there",
    },
  ),
  handler("GET /open311/v2/[resource]", nobody, () => "/open311/v2/nothing.json", { note: "no such resource" }),
  handler("POST /open311/v2/[resource]", "403 403 403 403 403", () => "/open311/v2/requests.json", {
    note: "a session is no key: refused without a live api_key",
    form: { api_key: "sc_matrix-not-a-key-000000000000000", service_code: "problem-hazard", description: "x", "attribute[subject]": "x" },
  }),
  handler("GET /open311/v2/services/[code]", everyone, () => "/open311/v2/services/problem-hazard.json"),
  handler("GET /open311/v2/services/[code]", nobody, () => "/open311/v2/services/problem-nothing.xml", { note: "no such service" }),
  handler("GET /open311/v2/requests/[id]", nobody, (r) => `/open311/v2/requests/${r.own.trackingNumber}.json`, {
    note: "a complaint is not an Open311 request",
  }),
  handler("GET /open311/v2/tokens/[token]", nobody, (r) => `/open311/v2/tokens/${r.other.trackToken}.xml`, {
    note: "a complaint's token",
  }),
  { route: "page /staff/api-keys", cells: adminsOnly, path: () => "/staff/api-keys" },
];

const keys = actionsOf("app/(staff)/staff/api-keys/actions.ts");
const matrixKeys = (tag: string) => `Matrix key ${tag}%`;
let revocable = 0;

export const open311ActionRows: ActionRow[] = [
  keys("createApiKeyAction", admins, "admin", "/staff/api-keys", {
    fill: (r) => ({ name: `Matrix key ${r.tag} new` }),
    cleanup: async (sql, r) => void (await sql`delete from api_keys where name like ${matrixKeys(r.tag)}`),
  }),
  keys("revokeApiKeyAction", admins, "admin", "/staff/api-keys", {
    note: "a live key of the matrix's own, live again before each call",
    arrange: async (sql, r) => {
      if (revocable) return void (await sql`update api_keys set revoked_at = null where id = ${revocable}`);
      const hash = createHash("sha256").update(`matrix-${r.tag}`).digest("hex");
      const [row] = await sql<{ id: number }[]>`
        insert into api_keys (name, key_hash, prefix) values (${`Matrix key ${r.tag} revocable`}, ${hash}, 'sc_matr') returning id`;
      revocable = row!.id;
    },
    pick: (form) => field(form, "id") === String(revocable),
    cleanup: async (sql, r) => void (await sql`delete from api_keys where name like ${matrixKeys(r.tag)}`),
  }),
];
