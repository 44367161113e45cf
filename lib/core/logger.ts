import "server-only";

import pino, { type DestinationStream } from "pino";

import { env } from "@/lib/core/env";

// Personal data and secrets never reach the logs, whatever a caller passes.
export const redactedPaths = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "email",
  "*.email",
  "phone",
  "*.phone",
  "accessCode",
  "*.accessCode",
  "accessCodeHash",
  "*.accessCodeHash",
  "token",
  "*.token",
  "trackToken",
  "*.trackToken",
  "recipient",
  "*.recipient",
  "params",
  "*.params",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
];

/** A logger with this app's redaction; tests give it a stream of their own. */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = { level, base: { app: "safe-city" }, redact: { paths: redactedPaths, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger(env.logLevel);

/**
 * What may be logged of an error: its class and its SQLSTATE (or driver
 * code). Never its message: a failed query's message holds the query's
 * parameters, which hold whatever a resident typed.
 */
export function errorFields(error: unknown): { name: string; code?: string } {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? { name, code } : { name };
}
