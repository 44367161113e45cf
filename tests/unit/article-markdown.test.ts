import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ArticleMarkdown, isExternal } from "@/components/transparency/markdown";

const render = (text: string) => renderToStaticMarkup(createElement(ArticleMarkdown, { text, externalLabel: "(another website)" }));

describe("article Markdown", () => {
  it("renders Markdown and GitHub tables", () => {
    const html = render("## Steps\n\n**Bring** your card.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |");
    expect(html).toContain("<h2");
    expect(html).toContain("<strong>Bring</strong>");
    expect(html).toContain("<td");
  });

  it("never renders raw HTML or script links", () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3))');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
  });

  it("marks links to other sites, not links within this one", () => {
    const html = render("[guide](https://www.gov.cn/) and [ask](/feedback)");
    expect(html).toContain(
      'href="https://www.gov.cn/" rel="external noopener noreferrer">guide<span class="ml-1 text-sm">(another website)</span>',
    );
    expect(html).toContain('<a href="/feedback">ask</a>');
    expect(isExternal("//evil.example")).toBe(true);
    expect(isExternal("/transparency")).toBe(false);
  });
});
