import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";
import drizzle from "eslint-plugin-drizzle";

// The layers of STYLE.md, held by lint: page or action → domain → db, never back.
// lib/core is the part of lib/ that knows nothing of the app (environment,
// logging, hashing, CSV, value lists), so every layer may use it.
const layers = {
  "boundaries/elements": [
    { type: "core", pattern: "lib/core", partialMatch: false },
    { type: "app", pattern: "app", partialMatch: false },
    { type: "components", pattern: "components", partialMatch: false },
    { type: "domain", pattern: "domain", partialMatch: false },
    { type: "db", pattern: "db", partialMatch: false },
    { type: "lib", pattern: "lib", partialMatch: false },
    { type: "messages", pattern: "messages", partialMatch: false },
  ],
  "boundaries/include": ["app/**", "components/**", "domain/**", "db/**", "lib/**", "messages/**", "proxy.ts", "instrumentation.ts"],
  "import/resolver": { typescript: { alwaysTryTypes: true } },
};
const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle, boundaries },
    settings: layers,
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-explicit-any": "error",
      // Public lists link with plain <a> on purpose: a full page load is light, while next/link
      // prefetches every link in view (a resident's data) and costs the server more per page.
      "@next/next/no-html-link-for-pages": "off",
      // next/link prefetches the page of every link that comes into view, from the server: a page
      // view would cost a render for each link in the header. A link asks only when it is followed.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
          message: "Give next/link prefetch={false}: a prefetch renders the linked page on the server for each link in view.",
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            may("core", ["core"]),
            may("db", ["db", "core"]),
            may("domain", ["domain", "db", "core"]),
            may("lib", ["lib", "domain", "db", "core", "messages"]),
            // Components render: the domain's types and rules, server actions for their forms, never the database.
            may("components", ["components", "app", "domain", "lib", "core", "messages"]),
            may("app", ["app", "components", "domain", "lib", "core", "messages"]),
          ],
        },
      ],
    },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
