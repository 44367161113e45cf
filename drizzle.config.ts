import { defineConfig } from "drizzle-kit";

// Generation only: drizzle-kit writes SQL into db/migrations and needs no database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
