// Per-file databases copied from a migrated, seeded template: each test file
// gets its own, so files never see each other's writes.
import { randomBytes } from "node:crypto";
import postgres from "postgres";

export const TEMPLATE_DB = "safe_city_template";

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabaseFromTemplate(adminUrl: string): Promise<string> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database ${name} template ${TEMPLATE_DB}`);
        break;
      } catch (error) {
        // Two files copying the template at the same instant: wait and retry.
        if (attempt > 20 || !String(error).includes("being accessed by other users")) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}
