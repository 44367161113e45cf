import type { APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { expect, expectAccessible, test } from "./fixtures";
import { connect, type Sql } from "./matrix/database";

type Field = { name: string; type: string };
type Resource = { name: string; path: string; format: string; mediatype: string; encoding: string; schema: { fields: Field[] } };

async function resources(request: APIRequestContext): Promise<Resource[]> {
  const response = await request.get("/open-data/datapackage.json");
  expect(response.status()).toBe(200);
  const descriptor = (await response.json()) as { licenses: unknown[]; resources: Resource[] };
  expect(descriptor.licenses).toHaveLength(1);
  return descriptor.resources;
}

/** A JSON value fits a Table Schema type (null is a missing value). */
function fits(value: unknown, type: string): boolean {
  if (value === null) return true;
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number";
  if (type === "boolean") return typeof value === "boolean";
  if (type === "yearmonth") return typeof value === "string" && /^\d{4}-\d{2}$/.test(value);
  if (type === "datetime") return typeof value === "string" && !Number.isNaN(Date.parse(value));
  return typeof value === "string";
}

test.describe("open data", () => {
  let sql: Sql;
  let published: number[] = [];

  test.beforeAll(async () => {
    sql = connect();
    // A few demo requests published, so the replies have rows that came from residents who left a phone.
    const rows = await sql<{ id: number }[]>`
      insert into publications (request_id, public_title, public_question, public_reply)
      select id, '开放数据测试', '公开的内容', '公开的答复' from requests
      where contact_phone <> '' and kind = 'feedback' and id not in (select request_id from publications)
      order by id limit 20 returning request_id as id`;
    published = rows.map((r) => r.id);
  });

  test.afterAll(async () => {
    await sql`delete from publications where request_id = any(${published})`;
    await sql.end();
  });

  test("the page lists every dataset with its licence, update time and dictionary", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "开放数据" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "开放数据" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Creative Commons Attribution 4.0" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(6);
    await expect(page.getByText(/^更新于 /).first()).toBeVisible();
    await expectAccessible(page);
    // The sr-only part of a link is positioned, so browsers may join it to the visible words with a space.
    await page.getByRole("link", { name: /^数据字典\s?: 诉求月度统计$/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "数据字典：诉求月度统计" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "on_time_rate" })).toBeVisible();
    await expect(page.getByRole("row", { name: /on_time_rate/ })).toContainText("0 至 1 的比例");
    await expectAccessible(page);
  });

  test.describe("in English", () => {
    test.use({ locale: "en-GB" });
    test("the dictionary says each column's type, meaning, unit and example", async ({ page }) => {
      await page.goto("/open-data");
      await page.getByRole("link", { name: /^Data dictionary\s?: Service catalogue$/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Data dictionary: Service catalogue" })).toBeVisible();
      const row = page.getByRole("row", { name: /time_limit_days/ });
      await expect(row).toContainText("whole number (integer)");
      await expect(row).toContainText("working days");
      await expectAccessible(page);
      await page.goto("/open-data/dictionary/no-such-dataset");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    });
  });

  test("every dataset parses as CSV and JSON and matches its datapackage.json fields", async ({ request }) => {
    for (const resource of await resources(request)) {
      const response = await request.get(`/open-data/${resource.path}`);
      expect(response.status(), resource.path).toBe(200);
      expect(response.headers()["content-type"], resource.path).toContain(resource.mediatype);
      const body = await response.body();
      const names = resource.schema.fields.map((f) => f.name);
      if (resource.format === "csv") {
        expect([...body.subarray(0, 3)], "a byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...rows] = parse(body.subarray(3).toString("utf8")) as string[][];
        expect(header, resource.path).toEqual(names);
        expect(
          rows.filter((row) => row.length !== names.length),
          resource.path,
        ).toEqual([]);
      } else {
        const records = JSON.parse(body.toString("utf8")) as Record<string, unknown>[];
        expect(records.length, resource.path).toBeGreaterThan(0);
        // Collected, then compared once: thousands of rows make thousands of expectations slow.
        const wrongKeys = records.filter((record) => Object.keys(record).join() !== names.join());
        expect(wrongKeys.slice(0, 3), resource.path).toEqual([]);
        const misfits = records.flatMap((record) =>
          resource.schema.fields.filter((f) => !fits(record[f.name], f.type)).map((f) => `${f.name}=${JSON.stringify(record[f.name])}`),
        );
        expect(misfits.slice(0, 5), resource.path).toEqual([]);
      }
    }
  });

  test("a conditional GET is answered 304 while the file is unchanged", async ({ request }) => {
    for (const path of ["/open-data/replies.csv", "/open-data/statistics.json", "/open-data/datapackage.json", "/officers.csv"]) {
      const first = await request.get(path);
      const etag = first.headers()["etag"]!;
      const lastModified = first.headers()["last-modified"]!;
      expect(etag, path).toMatch(/^".+"$/);
      expect(Date.parse(lastModified), path).not.toBeNaN();
      // A HEAD gives the same validators, without the file.
      const head = await request.head(path);
      expect(head.status(), path).toBe(200);
      expect(head.headers()["etag"], path).toBe(etag);
      const byTag = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(byTag.status(), path).toBe(304);
      expect(await byTag.body(), path).toHaveLength(0);
      expect((await request.get(path, { headers: { "If-Modified-Since": lastModified } })).status(), path).toBe(304);
      expect((await request.get(path, { headers: { "If-None-Match": '"stale"' } })).status(), path).toBe(200);
    }
  });

  test("no dataset holds a resident's phone number or e-mail address", async ({ request }) => {
    const contacts = await sql<{ value: string }[]>`
      select contact_phone as value from requests where contact_phone <> ''
      union select contact_email from requests where contact_email <> ''
      union select email from users where role = 'resident'
      -- Other tests give an officer a number a resident also used: what the directory publishes is public.
      except (select phone from officers union select office_phone from officers union select duty_phone from units)`;
    const secret = new Set(contacts.map((c) => c.value.toLowerCase()));
    expect(secret.size).toBeGreaterThan(20);
    // The replies include residents who left a phone: the search has something to find if it leaked.
    const replies = await (await request.get("/open-data/replies.json")).json();
    expect(replies.length).toBeGreaterThanOrEqual(published.length);
    for (const resource of await resources(request)) {
      const text = await (await request.get(`/open-data/${resource.path}`)).text();
      const candidates = text.match(/\d{11}|[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
      expect(
        candidates.filter((c) => secret.has(c.toLowerCase())),
        resource.path,
      ).toEqual([]);
    }
  });
});
