"use client";

// The root layout itself failed, so no translations are loaded: say it in both languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <h1>系统暂时出错 · Something went wrong</h1>
          <p>请稍后再试。· Please try again later.</p>
          {error.digest && <p>编号 · Reference: {error.digest}</p>}
          <p>
            紧急情况请拨打 · In an emergency call <a href="tel:110">110</a>
          </p>
        </main>
      </body>
    </html>
  );
}
