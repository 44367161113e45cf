import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

/** Whether a link leaves this site: absolute http(s) or protocol-relative addresses. */
export function isExternal(href: string | undefined): boolean {
  return !!href && /^(https?:)?\/\//i.test(href);
}

/**
 * An article's Markdown, GitHub-flavoured (tables, lists, links). Raw HTML in
 * the text is never rendered, only dropped; unsafe link schemes are removed by
 * the renderer; links to other sites say so in words.
 */
export function ArticleMarkdown({ text, externalLabel }: { text: string; externalLabel: string }) {
  const components: Components = {
    a: ({ href, children }) =>
      isExternal(href) ? (
        <a href={href} rel="external noopener noreferrer">
          {children}
          <span className="ml-1 text-sm">{externalLabel}</span>
        </a>
      ) : (
        <a href={href}>{children}</a>
      ),
    h1: ({ children }) => <h2 className="mb-2 mt-4 text-xl font-bold">{children}</h2>,
    h2: ({ children }) => <h2 className="mb-2 mt-4 text-xl font-bold">{children}</h2>,
    h3: ({ children }) => <h3 className="mb-2 mt-3 text-lg font-bold">{children}</h3>,
    p: ({ children }) => <p className="mb-3">{children}</p>,
    ul: ({ children }) => <ul className="mb-3 list-disc pl-6">{children}</ul>,
    ol: ({ children }) => <ol className="mb-3 list-decimal pl-6">{children}</ol>,
    table: ({ children }) => (
      <div className="mb-3 overflow-x-auto">
        <table className="border-collapse text-sm">{children}</table>
      </div>
    ),
    th: ({ children }) => <th className="border border-slate-300 px-2 py-1 text-left">{children}</th>,
    td: ({ children }) => <td className="border border-slate-300 px-2 py-1">{children}</td>,
  };
  return (
    <div className="max-w-3xl">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {text}
      </Markdown>
    </div>
  );
}
