import postgres from "postgres";

// The matrix reads the test server's database directly, to find the records it tries.

export type Sql = postgres.Sql;

export function connect(): Sql {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("Run browser tests with `npm run test:e2e`.");
  return postgres(url, { max: 2, onnotice: () => {} });
}
