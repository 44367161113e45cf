import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const [url, out, locale="zh-CN", width="360"] = process.argv.slice(2);
const ctx = await b.newContext({ locale, viewport: { width: Number(width), height: 800 } });
const p = await ctx.newPage();
const r = await p.goto("http://localhost:3100" + url);
console.log(r.status());
await p.screenshot({ path: out, fullPage: true });
await b.close();
