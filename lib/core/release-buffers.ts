import "server-only";

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A large export passes its bytes through buffers outside the V8 heap (the
 * database socket's reads, the response's writes). V8 frees those only at a
 * full collection, and starts one for them only once 64 MB of them have
 * piled up (nodejs/node#1671): a fresh server would grow by about that much
 * for one 100,000-row file. So the exports ask for a full collection
 * themselves, every EVERY_BYTES they send, across all of them at once: the
 * collection is V8's incremental one, mostly on its own threads, and a new
 * one is only asked for once the last has finished.
 *
 * Measured (npm run bench): a fresh server's first 100,000-row download grew
 * it by 65 MB without this and by 1–3 MB with it; each download took about
 * 10% longer.
 */
const EVERY_BYTES = 2 * 1024 * 1024;

type Collect = (options: { type: "major"; execution: "async" }) => Promise<void>;

// The collector is reachable from script only with --expose-gc: for a moment, in a context of its own.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as Collect;
setFlagsFromString("--no-expose-gc");

let sent = 0;
let collecting: Promise<void> | null = null;

/** Counts bytes an export has handed to its response. */
export function exportSent(bytes: number): void {
  sent += bytes;
  if (sent < EVERY_BYTES || collecting) return;
  sent = 0;
  collecting = collect({ type: "major", execution: "async" }).finally(() => (collecting = null));
}
