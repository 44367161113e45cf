import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { MAX_BODY_BYTES } from "./lib/core/upload-limits.mjs";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // Messages compiled at build time: no page parses its ICU messages again on every request.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Three files of 5 MB with the form's text must arrive whole, through the
    // proxy (which buffers the body, and would cut it at 10 MB) to the action.
    // Larger posts are answered by scripts/serve.mjs before they get here.
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    proxyClientMaxBodySize: MAX_BODY_BYTES,
    // Unknown addresses and the proxy's 404s and 403s render app/global-not-found.tsx alone,
    // instead of every page carrying a rendered not-found fallback.
    globalNotFound: true,
  },
  // PGlite and the postgres driver are loaded at run time from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "@node-rs/argon2", "pino"],
};

export default withNextIntl(nextConfig);
