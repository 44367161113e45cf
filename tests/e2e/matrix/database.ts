import postgres from "postgres";

// The matrix reads the test server's database directly: to find the records it
// tries, to put a record in the state an action needs, and to prove that a
// refused call changed nothing at all.

export type Sql = postgres.Sql;

export function connect(): Sql {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("Run browser tests with `npm run test:e2e`.");
  return postgres(url, { max: 2, onnotice: () => {} });
}

// What changes without anyone calling an action: attempt counters, the
// dispatcher's work on the outbox, a sign-in's bookkeeping, the files' bytes
// (their hash is kept), the monthly statistics the background loop recomputes
// from the requests. Everything else in every table counts.
const ignored: Record<string, readonly string[] | "table"> = {
  rate_limits: "table",
  statistics_monthly: "table",
  statistics_refreshes: "table",
  sign_in_challenges: "table",
  users: ["last_sign_in_at", "failed_sign_ins", "locked_until"],
  sessions: ["last_seen_at"],
  outbox: ["status", "attempts", "next_attempt_at", "sent_at", "last_error"],
  attachments: ["bytes"],
};

let query: string | null = null;

/** A hash of every table's rows, by table: equal before and after a call that wrote nothing. */
export async function fingerprint(sql: Sql): Promise<Record<string, string>> {
  if (!query) {
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
    query = tables
      .filter(({ name }) => ignored[name] !== "table")
      .map(({ name }) => {
        const columns = ignored[name];
        const without = Array.isArray(columns) ? columns.map((c) => ` - '${c}'`).join("") : "";
        return `select '${name}' as name, md5(coalesce(string_agg(x, '|' order by x), '')) as hash
                from (select (to_jsonb(r)${without})::text as x from "${name}" r) rows`;
      })
      .join(" union all ");
  }
  const rows = await sql.unsafe<{ name: string; hash: string }[]>(query);
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
