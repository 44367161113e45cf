// `npm run admin:create -- --email admin@bureau.example --name "王管理"`: the
// first admin of an installation without the demo. Creates the account (or
// makes an existing one an enabled admin) and prints a one-time link to set
// its password, valid for 24 hours. With the embedded database (PGlite),
// stop the server first: one process at a time may open its folder.
import { parseArgs } from "node:util";

import { getHandle } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { createAdminFromConsole } from "@/domain/accounts/create-admin-from-console";
import { ValidationError } from "@/domain/errors";
import { env } from "@/lib/core/env";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true });
if (!values.email) {
  console.error('Usage: npm run admin:create -- --email admin@bureau.example [--name "Name"]');
  process.exit(2);
}

const { db, close } = await getHandle();
let exitCode = 0;
try {
  await prepareDatabase(db, { demo: env.demoData });
  const admin = await createAdminFromConsole({ email: values.email, name: values.name });
  const origin = env.authUrl ? new URL(env.authUrl).origin : `http://localhost:${env.port}`;
  console.log(admin.created ? `Admin account created for ${values.email}.` : `${values.email} is now an enabled admin.`);
  console.log("Open this link to set its password (it works once, for 24 hours):");
  console.log(new URL(`/password/${admin.token}`, origin).href);
} catch (error) {
  exitCode = 1;
  if (error instanceof ValidationError) {
    const fields = Object.keys(error.fieldErrors);
    console.error(fields.includes("name") ? "A new account needs --name." : `Check ${fields.map((f) => `--${f}`).join(", ")}.`);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
} finally {
  await close();
}
process.exit(exitCode);
