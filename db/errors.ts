/** Drizzle wraps driver errors: the SQLSTATE (or the driver's own code) is on the cause. */
export function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}

// Connection failures (SQLSTATE class 08), a server shutting down or starting
// (57P01–57P03), too many connections (53300), and the postgres driver's and
// Node's own codes for a connection that could not be made or was lost.
const unavailableCodes = new Set([
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
]);

/** True when the database could not be reached, as opposed to refusing what was asked. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && (code.startsWith("08") || unavailableCodes.has(code));
}
