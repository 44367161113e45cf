import "server-only";

import pino from "pino";

import { env } from "@/lib/core/env";

// Personal data and secrets never reach the logs, whatever a caller passes.
export const logger = pino({
  level: env.logLevel,
  base: { app: "safe-city" },
  redact: {
    paths: [
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
      "token",
      "*.token",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
    ],
    censor: "[redacted]",
  },
});
