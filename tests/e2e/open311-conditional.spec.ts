import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "./fixtures";
import { database, issueKey } from "./open311-helpers";

test.use({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB" } });

// Conditional GET on Open311: every GET answer carries a weak ETag made of its
// bytes, a client naming it is told "not modified" with no body, and a change
// to what the answer shows (a new request, a withdrawn one) gives a new tag.
// Plain HTTP: once, in the project with JavaScript.

const base = "/open311/v2";

/** The answer's tag, after checking that naming it gets a 304 with no body and naming another gets the answer. */
async function expectConditional(request: APIRequestContext, path: string): Promise<string> {
  const first = await request.get(path);
  expect(first.status(), path).toBe(200);
  const etag = first.headers()["etag"] ?? "";
  expect(etag, path).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
  const again = await request.get(path, { headers: { "If-None-Match": etag } });
  expect(again.status(), path).toBe(304);
  expect(again.headers()["etag"], path).toBe(etag);
  expect(await again.body(), path).toHaveLength(0);
  // The strong form and a list of tags match too (If-None-Match compares weakly).
  const listed = await request.get(path, { headers: { "If-None-Match": `"stale", ${etag.slice(2)}` } });
  expect(listed.status(), path).toBe(304);
  const stale = await request.get(path, { headers: { "If-None-Match": 'W/"stale"' } });
  expect(stale.status(), path).toBe(200);
  expect(await stale.text(), path).toBe(await first.text());
  return etag;
}

test("Open311 GETs carry an ETag, answer 304 while unchanged, and a new ETag once the answer changes @js-only", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(120_000);
  const sql = database();
  try {
    for (const path of ["discovery.json", "discovery.xml", "services.json", "services.xml", "services/problem-hazard.json"])
      await expectConditional(request, `${base}/${path}`);
    // Each language and format is its own answer, with its own tag.
    const chinese = await request.get(`${base}/services.json`, { headers: { "Accept-Language": "zh-CN" } });
    const english = await request.get(`${base}/services.json`);
    expect(chinese.headers()["etag"]).not.toBe(english.headers()["etag"]);

    const key = await issueKey(page, `Conditional ${Date.now()}`);
    const [village] = await sql<{ id: number }[]>`select id from areas where kind = 'village' order by id limit 1`;
    const list = `${base}/requests.json?service_code=problem-hazard&status=open`;
    const listBefore = await expectConditional(request, list);

    const posted = await request.post(`${base}/requests.json`, {
      form: {
        api_key: key,
        service_code: "problem-hazard",
        "attribute[subject]": `Fallen sign ${Date.now().toString(36)}`,
        description: "A road sign has fallen across the path.",
        address_id: String(village!.id),
      },
    });
    expect(posted.status()).toBe(200);
    const [receipt] = (await posted.json()) as { service_request_id: string; token: string }[];
    const one = `${base}/requests/${receipt!.service_request_id}.json`;
    const oneBefore = await expectConditional(request, one);
    await expectConditional(request, `${base}/tokens/${receipt!.token}.xml`);

    // The new request is in the list: the old tag no longer matches.
    const listAfter = await request.get(list, { headers: { "If-None-Match": listBefore } });
    expect(listAfter.status()).toBe(200);
    expect(listAfter.headers()["etag"]).not.toBe(listBefore);
    expect(((await listAfter.json()) as { service_request_id: string }[]).map((r) => r.service_request_id)).toContain(
      receipt!.service_request_id,
    );

    // The resident withdraws it on the tracking page: its status changes, and so does its tag.
    const residentContext = await browser.newContext({ locale: "en-GB" });
    const resident = await residentContext.newPage();
    await resident.goto(`/track/${receipt!.token}`);
    await resident.getByRole("button", { name: "Withdraw this message" }).click();
    await resident.getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(resident.getByText("Withdrawn by you")).toBeVisible();
    await residentContext.close();
    const oneAfter = await request.get(one, { headers: { "If-None-Match": oneBefore } });
    expect(oneAfter.status()).toBe(200);
    expect(oneAfter.headers()["etag"]).not.toBe(oneBefore);
    expect(await oneAfter.json()).toEqual([expect.objectContaining({ status: "closed" })]);
    expect((await request.get(one, { headers: { "If-None-Match": oneAfter.headers()["etag"]! } })).status()).toBe(304);

    // Errors are not tagged, and never "not modified".
    const missing = await request.get(`${base}/requests/F000000-NOSUCH.json`, { headers: { "If-None-Match": "*" } });
    expect(missing.status()).toBe(404);
    expect(missing.headers()["etag"]).toBeUndefined();
  } finally {
    await sql.end();
  }
});
