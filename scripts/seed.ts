// `npm run db:seed [-- --demo]`: migrate and seed the configured database.
// Without --demo only the base settings are written: no demo accounts on a
// server unless asked for.
import { getHandle } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";

const demo = process.argv.includes("--demo");
const { db, driver, close } = await getHandle();
const { demoSeeded } = await prepareDatabase(db, { demo });
console.log(`Database ready (${driver}); demo bureau ${demo ? (demoSeeded ? "seeded" : "already present") : "not requested"}.`);
await close();
