import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { dataChanged } from "../../lib/core/data-version.mjs";
import { acceptsGzip, createPageCache, pageKey } from "../../scripts/page-cache.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers: { host: "portal.test", "x-forwarded-proto": "https", ...headers } }) as unknown as IncomingMessage;

describe("which pages may be shared", () => {
  it("keeps a public page asked for without an account, by address and language", () => {
    const key = pageKey(request("/units/luwan-station", { "accept-language": "en-GB" }));
    expect(key).toContain("/units/luwan-station");
    expect(pageKey(request("/units/luwan-station", { "accept-language": "zh-CN" }))).not.toBe(key);
    expect(pageKey(request("/units/luwan-station?page=2", { "accept-language": "en-GB" }))).not.toBe(key);
    // A cookie that names no language leaves the choice to the browser's list: both are in the key.
    const chosen = pageKey(request("/", { cookie: "NEXT_LOCALE=en", "accept-language": "zh-CN" }));
    expect(chosen).not.toBe(pageKey(request("/", { cookie: "NEXT_LOCALE=zh-CN", "accept-language": "zh-CN" })));
    expect(pageKey(request("/", { cookie: "NEXT_LOCALE=en=x", "accept-language": "zh-CN" }))).not.toBe(chosen);
    expect(pageKey(request("/", { cookie: "NEXT_LOCALE=fr", "accept-language": "zh-CN" }))).not.toBe(
      pageKey(request("/", { cookie: "NEXT_LOCALE=fr", "accept-language": "en" })),
    );
  });

  it("shares nothing sent with another cookie, by the client router, or not a GET of a public page", () => {
    expect(pageKey(request("/officers", { cookie: "NEXT_LOCALE=en; authjs.session-token=abc" }))).toBeNull();
    expect(pageKey(request("/officers", { cookie: "browser=abc" }))).toBeNull();
    expect(pageKey(request("/officers", { cookie: "NEXT_LOCALE=en; NEXT_LOCALE=zh-CN" }))).toBeNull();
    expect(pageKey(request("/officers", { cookie: "NEXT_LOCALE=; NEXT_LOCALE=en" }))).toBeNull();
    expect(pageKey(request("/officers", { cookie: "NEXT_LOCALE=en;authjs.session-token" }))).toBeNull();
    expect(pageKey(request("/officers", { rsc: "1" }))).toBeNull();
    expect(pageKey(request("/officers?_rsc=x1"))).toBeNull();
    expect(pageKey(request("/officers", {}, "POST"))).toBeNull();
    expect(pageKey(request("/officers", {}, "HEAD"))).toBeNull();
    for (const path of ["/staff", "/track/abc", "/account", "/desk", "/feedback/new", "/officers.csv", "/units/a/b"]) {
      expect(pageKey(request(path)), path).toBeNull();
    }
  });

  it("reads whether the browser takes gzip", () => {
    expect(acceptsGzip(request("/", { "accept-encoding": "gzip, deflate, br" }))).toBe(true);
    expect(acceptsGzip(request("/"))).toBe(false);
  });
});

describe("pages kept in memory", () => {
  // A stand-in for Next.js behind the same wiring as scripts/serve.mjs: each render counts,
  // and carries its response's nonce in a script, a style and a preload link.
  let server: Server;
  let base: string;
  let renders = 0;
  let answer = { status: 200, cookie: false };
  let cache = createPageCache({ ttlMs: 60_000 });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const nonce = Buffer.from(randomUUID()).toString("base64");
      res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}'`);
      const key = pageKey(req);
      if (key) {
        const gzipped = acceptsGzip(req);
        if (await cache.serve(res, key, nonce, gzipped)) return;
        delete req.headers["accept-encoding"];
        cache.capture(res, key, nonce, gzipped);
      }
      renders += 1;
      res.statusCode = answer.status;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Link", `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
      if (answer.cookie) res.setHeader("Set-Cookie", "flash=1");
      res.flushHeaders();
      res.write(`<html><script nonce="${nonce}">render(${renders})</script>`);
      res.end(`<style nonce="${nonce}"></style><p>${"目录".repeat(1000)}</p></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    answer = { status: 200, cookie: false };
    dataChanged();
  });

  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(base + path, { headers: { "accept-encoding": "gzip", ...headers } });
    const body = await response.text();
    const nonce = /nonce-([^']+)/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "none";
    return { response, body, nonce };
  }

  it("renders a page once, and gives each response its own nonce", async () => {
    const first = await get("/officers");
    const before = renders;
    const second = await get("/officers");
    expect(renders).toBe(before);
    expect(second.body).toContain("render(");
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body.split(`nonce="${second.nonce}"`)).toHaveLength(3);
    expect(second.body).not.toContain(first.nonce);
    expect(second.body.replaceAll(second.nonce, "N")).toBe(first.body.replaceAll(first.nonce, "N"));
    expect(second.response.headers.get("link")).toContain(`nonce="${second.nonce}"`);
    expect(second.response.headers.get("content-encoding")).toBe("gzip");
    expect(second.response.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(cache.size().pages).toBeGreaterThan(0);
  });

  it("sends it plain to a browser that takes no gzip", async () => {
    await get("/units");
    const plain = await fetch(`${base}/units`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toContain("目录");
  });

  it("renders again once the data changes", async () => {
    await get("/feedback/replies");
    const before = renders;
    await get("/feedback/replies");
    expect(renders).toBe(before);
    dataChanged();
    await get("/feedback/replies");
    expect(renders).toBe(before + 1);
  });

  it("keeps no error and no page that sets a cookie, and shares nothing with a signed-in visitor", async () => {
    answer = { status: 404, cookie: false };
    const missing = await get("/units/nowhere");
    expect(missing.response.status).toBe(404);
    await get("/units/nowhere");
    answer = { status: 200, cookie: true };
    await get("/track");
    await get("/track");
    const before = renders;
    answer = { status: 200, cookie: false };
    await get("/units/nowhere");
    await get("/track");
    expect(renders).toBe(before + 2);
    await get("/track", { cookie: "authjs.session-token=abc" });
    expect(renders).toBe(before + 3);
  });

  it("lets a page lapse after its time, and keeps no more bytes than allowed", async () => {
    cache = createPageCache({ ttlMs: 100, maxBytes: 10_000 });
    await get("/units");
    const before = renders;
    await get("/units");
    expect(renders).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await get("/units");
    expect(renders).toBe(before + 1);
    // Each page is about 6 kB: the second pushes out the first.
    await get("/officers");
    expect(cache.size()).toEqual({ pages: 1, bytes: expect.any(Number) });
    await get("/units");
    expect(renders).toBe(before + 3);
  });
});
