// What the benchmarks share: percentiles, and how they start a production server.

export type Summary = { n: number; p50: number; p95: number; p99: number; max: number };

/** Percentiles of a list of milliseconds, rounded to 0.1 ms. */
export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1) ?? 0) };
}

/** The environment of a production server that a benchmark starts on 127.0.0.1 at `port`. */
export function productionServerEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    ...extra,
  };
}
