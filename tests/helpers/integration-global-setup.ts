// Starts a throwaway PostgreSQL 15 (unless TEST_DATABASE_URL is given) and
// builds the template database every test file copies: migrated, with base
// settings and the demo bureau.
import postgres from "postgres";
import type { TestProject } from "vitest/node";

import { openDatabase } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";

import { startCluster, type Cluster } from "./pg-cluster";
import { TEMPLATE_DB, withDatabase } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let cluster: Cluster | undefined;
  const adminUrl = process.env.TEST_DATABASE_URL ?? (cluster = await startCluster()).url;

  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DB}`);
  await admin.unsafe(`create database ${TEMPLATE_DB}`);
  await admin.end();

  const handle = await openDatabase({ url: withDatabase(adminUrl, TEMPLATE_DB) });
  await prepareDatabase(handle.db, { demo: true });
  await handle.close();

  project.provide("adminUrl", adminUrl);
  return async () => {
    if (cluster) cluster.stop();
  };
}
