import "server-only";

import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const onOff = z.enum(["on", "off", "true", "false", "1", "0"]).transform((v) => ["on", "true", "1"].includes(v));

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  PGLITE_DIR: z.string().min(1).optional(),
  DEMO_DATA: onOff.optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  AUTH_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Safe City <no-reply@localhost>"),
  SMS_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional(),
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
  SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  SUBMISSION_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  RATING_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  OPEN_DATA_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(30),
});

function parseEnv() {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${fields}`);
  }
  const raw = parsed.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ raw.DATA_DIR);
  return {
    nodeEnv: raw.NODE_ENV,
    port: raw.PORT,
    databaseUrl: raw.DATABASE_URL,
    dataDir,
    // "memory://" keeps PGlite in memory (benchmarks); anything else is a folder.
    pgliteDir: raw.PGLITE_DIR?.startsWith("memory://")
      ? raw.PGLITE_DIR
      : path.resolve(/*turbopackIgnore: true*/ raw.PGLITE_DIR ?? path.join(dataDir, "pglite")),
    // Demo data is the embedded database's default; a server gets it only when asked.
    demoData: raw.DEMO_DATA ?? !raw.DATABASE_URL,
    authSecret: raw.AUTH_SECRET,
    authUrl: raw.AUTH_URL,
    logLevel: raw.LOG_LEVEL,
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM,
    smsGatewayUrl: raw.SMS_GATEWAY_URL,
    // 0 turns the in-process notification dispatcher off (e.g. when a separate worker runs it).
    dispatchIntervalMs: raw.DISPATCH_INTERVAL_MS,
    // Sign-ups per client address an hour: a village service centre helping residents shares one address.
    signUpLimitPerHour: raw.SIGN_UP_LIMIT_PER_HOUR,
    submissionLimitPerHour: raw.SUBMISSION_LIMIT_PER_HOUR,
    // Ratings of the police per client address an hour.
    ratingLimitPerHour: raw.RATING_LIMIT_PER_HOUR,
    // Downloads of the large open-data files (the published replies) per client address an hour.
    openDataLimitPerHour: raw.OPEN_DATA_LIMIT_PER_HOUR,
  };
}

export const env = parseEnv();

/** The auth secret: AUTH_SECRET, or one generated once into the data folder (never committed). */
export function authSecret(): string {
  if (env.authSecret) return env.authSecret;
  const file = path.join(env.dataDir, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another process wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(file, "utf8").trim();
  }
}
