import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";

import { hasValidPath, refusedUploadHeader, withoutFiles } from "../../scripts/request-guards.mjs";

/** A request as Node's server hands it over, with this body. */
async function incoming(form: FormData): Promise<IncomingMessage> {
  const encoded = new Request("http://local.test/feedback/new", { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const req = new IncomingMessage(new Socket());
  req.method = "POST";
  req.url = "/feedback/new?topic=tip";
  req.headers = { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) };
  req.push(body);
  req.push(null);
  return req;
}

async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("requests the server answers before Next.js", () => {
  it("knows a path that is not valid percent-encoded UTF-8", () => {
    expect(hasValidPath("/track/abc?x=%FF")).toBe(true);
    expect(hasValidPath("/units/%E6%9F%A5")).toBe(true);
    for (const bad of ["/track/%FF", "/officers/%C0%AF", "/x/%ED%A0%80", "/%"]) expect(hasValidPath(bad), bad).toBe(false);
  });

  it("keeps a too-large post's text fields, drops its files and says which", async () => {
    const form = new FormData();
    form.append("$ACTION_KEY", "k0");
    form.append("subject", "路灯坏了");
    form.append("attachments", new Blob([Buffer.alloc(2 * 1024 * 1024)]), "big.png");
    form.append("1_attachments", new Blob([Buffer.alloc(1024)]), "small.png");
    form.append("body", 'quote " and\r\nnew line');
    const replay = await withoutFiles(await incoming(form));
    expect(replay).not.toBeNull();
    expect(replay!.dropped).toEqual(["attachments", "1_attachments"]);
    expect(replay!.req.headers[refusedUploadHeader]).toBe("attachments,1_attachments");
    expect(replay!.req.url).toBe("/feedback/new?topic=tip");
    const rebuilt = await new Request("http://local.test", {
      method: "POST",
      headers: { "content-type": String(replay!.req.headers["content-type"]) },
      body: await text(replay!.req),
    }).formData();
    expect([...rebuilt.entries()]).toEqual([
      ["$ACTION_KEY", "k0"],
      ["subject", "路灯坏了"],
      ["body", 'quote " and\r\nnew line'],
    ]);
    expect(Number(replay!.req.headers["content-length"])).toBeLessThan(1024);
  });
});
