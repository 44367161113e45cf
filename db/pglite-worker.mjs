// PGlite on a thread of its own, serving the PostgreSQL wire protocol on a
// Unix socket that only this process's user can open. The app talks to it
// with the same postgres driver it uses for a PostgreSQL server, and PGlite's
// queries no longer run on the thread that renders pages.
import { chmodSync, rmSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

const { dataDir, socketPath } = workerData;

const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
// A socket left behind by a process that died would refuse the new one.
rmSync(socketPath, { force: true });
const server = new PGLiteSocketServer({ db, path: socketPath });
await server.start();
chmodSync(socketPath, 0o600);
parentPort.postMessage({ ready: true });

parentPort.on("message", async (message) => {
  if (message !== "close") return;
  await server.stop();
  await db.close();
  rmSync(socketPath, { force: true });
  parentPort.postMessage({ closed: true });
});
