// A count of the times this process's kept data (domain/cache.ts) has been
// cleared: whatever was built from that data before the last clear may be out
// of date. Plain JavaScript on globalThis, so that the server in front of
// Next.js (scripts/serve.mjs) and the bundled domain share one counter.

const state = (globalThis[Symbol.for("safe-city.data-version")] ??= { version: 0 });

/** The current count. */
export function dataVersion() {
  return state.version;
}

/** Says that some kept data has changed. */
export function dataChanged() {
  state.version += 1;
}
