import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import postgres from "postgres";

import { expect, signIn } from "./fixtures";

/** Issues a key on the admins' page, as an admin would, and returns it as shown that once. */
export async function issueKey(page: Page, name: string): Promise<string> {
  await signIn(page, "admin@demo.test");
  await page.goto("/staff/api-keys");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Issue key" }).click();
  const shown = page.getByRole("status").filter({ hasText: `Key for ${name} issued` });
  await expect(shown).toBeVisible();
  const key = await shown.getByLabel("The new key").inputValue();
  expect(key).toMatch(/^sc_[A-Za-z0-9_-]{32}$/);
  return key;
}

/** The test server's database, for what only it knows: the residents' contact details to search answers for. */
export function database() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("Run browser tests with `npm run test:e2e`.");
  return postgres(url, { max: 1, onnotice: () => {} });
}

/** Every Open311 answer a test read, to search them all for contact details at the end. */
export class Answers {
  readonly bodies: string[] = [];

  constructor(private readonly api: APIRequestContext) {}

  async get(path: string, status = 200): Promise<APIResponse> {
    const response = await this.api.get(path);
    return this.check(response, path, status);
  }

  async post(path: string, form: Record<string, string>, status = 200): Promise<APIResponse> {
    return this.check(await this.api.post(path, { form }), path, status);
  }

  private async check(response: APIResponse, path: string, status: number): Promise<APIResponse> {
    const body = await response.text();
    this.bodies.push(body);
    expect(response.status(), `${path}: ${body.slice(0, 300)}`).toBe(status);
    const type = response.headers()["content-type"] ?? "";
    if (path.split("?")[0]!.endsWith(".xml")) {
      expect(type).toMatch(/^text\/xml; charset=utf-8/);
      expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    } else {
      expect(type).toMatch(/^application\/json/);
    }
    return response;
  }
}

/** Whether an XML answer has each element (with content or empty). */
export function expectElements(xml: string, names: readonly string[]) {
  for (const name of names) expect(xml, name).toMatch(new RegExp(`<${name}(>|/>)`));
}
