import { request as httpRequest } from "node:http";

import { expect, test } from "./fixtures";

// The server takes the client's address from the socket (TRUST_PROXY_HOPS is
// 0 here): whatever X-Forwarded-For or X-Client-IP a client writes, its
// attempts are counted against its own address. Loopback has many addresses
// (127.0.0.0/8), so this test speaks from two of them, through plain HTTP.

type Reply = { status: number; body: string };

function send(url: string, localAddress: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? "GET", headers: options.headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The tracking form's hidden fields, as a browser without JavaScript would send them. */
function trackFormFields(html: string): [string, string][] {
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!).find((f) => f.includes('name="trackingNumber"'));
  if (!form) throw new Error("no tracking form on /track");
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([input]) => [
    unescape(/name="([^"]*)"/.exec(input)![1]!),
    unescape(/value="([^"]*)"/.exec(input)?.[1] ?? ""),
  ]);
}

test.describe("client address", () => {
  test("a forged X-Forwarded-For does not escape the per-address limit on tracking look-ups", { tag: "@js-only" }, async ({ baseURL }) => {
    const page = await send(`${baseURL}/track`, "127.0.0.7", { headers: { "accept-language": "en" } });
    const hidden = trackFormFields(page.body);

    const attempt = async (from: string, i: number) => {
      const form = new FormData();
      for (const [name, value] of hidden) form.append(name, value);
      // A new tracking number each time: only the per-address limit (20 in 15 minutes) can refuse.
      form.append("trackingNumber", `F000000-${from.replaceAll(".", "")}${i}`);
      form.append("accessCode", "WRONG234");
      const encoded = new Request(baseURL!, { method: "POST", body: form });
      const reply = await send(`${baseURL}/track`, from, {
        method: "POST",
        headers: {
          "content-type": encoded.headers.get("content-type")!,
          origin: new URL(baseURL!).origin,
          "accept-language": "en",
          "x-forwarded-for": `203.0.113.${i}`,
          "x-client-ip": `198.51.100.${i}`,
        },
        body: Buffer.from(await encoded.arrayBuffer()),
      });
      expect(reply.status).toBe(200);
      // The error summary as rendered (every message is also in the page's data for the browser).
      const summary = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(reply.body)?.[1] ?? "";
      if (/Too many attempts\. Try again in \d+ minutes?\./.test(summary)) return "limited";
      expect(summary).toContain("The tracking number or access code is not right");
      return "wrong code";
    };

    for (let i = 1; i <= 20; i++) expect(await attempt("127.0.0.7", i)).toBe("wrong code");
    // Another forged address changes nothing: the socket's address is counted.
    expect(await attempt("127.0.0.7", 21)).toBe("limited");
    // A different client is not held back by the first one's attempts.
    expect(await attempt("127.0.0.8", 1)).toBe("wrong code");
  });
});
