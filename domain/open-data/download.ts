import "server-only";

import { getDb } from "@/db/client";
import { toCsv } from "@/lib/core/csv";
import { env } from "@/lib/core/env";
import { exportSent } from "@/lib/core/release-buffers";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { addressBucket, consumeLimits, type Limit } from "../rate-limit";
import { findDataset } from "./catalogue";
import { downloadFormats, JSON_RECORD_BEFORE, type DownloadFormat, type OpenDataset } from "./dataset";
import { loadVersions, validatorOf, type Validator } from "./versions";

export type Download = {
  fileName: string;
  format: DownloadFormat;
  validator: Validator;
  /**
   * The file, written a batch of rows at a time as the reader takes it. For a
   * large file this counts a download against the reader's address first,
   * and throws RateLimitedError once they are used up.
   */
  body: () => Promise<ReadableStream<Uint8Array>>;
};

/** Full downloads of the large files per address: each costs the server seconds of work; a conditional request that is answered "not modified" costs nothing and is not counted. */
export const openDataLimit = (ip: string): Limit => ({
  key: `open-data:ip:${addressBucket(ip)}`,
  max: env.openDataLimitPerHour,
  windowSeconds: 3600,
});

const fileName = /^([a-z-]+)\.([a-z]+)$/;

/**
 * An open-data file by its name ("replies.csv"). Public. The validator is
 * known before any row is read, so a conditional request costs two small
 * queries; the body is only built when asked for.
 */
export async function openDataDownload(ctx: Ctx, name: string): Promise<Download> {
  const [, id, extension] = fileName.exec(name) ?? [];
  const dataset = id ? findDataset(id) : undefined;
  const format = downloadFormats.find((f) => f === extension);
  if (!dataset || !format) throw new NotFoundError("no such open-data file");
  const validator = validatorOf(name, dataset.dependsOn, await loadVersions());
  const body = async () => {
    if (dataset.large && ctx.ip) await consumeLimits(await getDb(), [openDataLimit(ctx.ip)]);
    return streamOf(dataset, format);
  };
  return { fileName: name, format, validator, body };
}

const encoder = new TextEncoder();
const bytes = (text: string | Uint8Array) => (typeof text === "string" ? encoder.encode(text) : text);

/** What begins and ends each file: the CSV header with its byte-order mark, or the JSON array's brackets. */
function frame(dataset: OpenDataset, format: DownloadFormat) {
  if (format === "csv") {
    const header = dataset.fields.map((f) => f.name);
    return { start: toCsv(header, []), end: "" };
  }
  return { start: "[", end: "\n]\n" };
}

/** Pulls a batch only when the reader wants more: memory holds one batch, whatever the file's size. */
function streamOf(dataset: OpenDataset, format: DownloadFormat): ReadableStream<Uint8Array> {
  const { start, end } = frame(dataset, format);
  let batches: AsyncIterator<string | Uint8Array> | null = null;
  // The first JSON record goes without the comma that separates it from the one before.
  let skip = format === "json" ? JSON_RECORD_BEFORE.indexOf(",") + 1 : 0;
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        batches = dataset.rowsText(await getDb(), format)[Symbol.asyncIterator]();
        controller.enqueue(encoder.encode(start));
      },
      async pull(controller) {
        // Until something is sent: a pull that sends nothing is not called again, and the reader would wait forever.
        for (;;) {
          const next = await batches!.next();
          if (next.done) {
            if (end) controller.enqueue(encoder.encode(end));
            controller.close();
            return;
          }
          const text = bytes(next.value);
          if (text.length === 0) continue;
          controller.enqueue(text.subarray(skip));
          exportSent(text.length);
          skip = 0;

          return;
        }
      },
      async cancel() {
        await batches?.return?.();
      },
      // Nothing read ahead: a batch is fetched only when the response has taken the last one.
    },
    new CountQueuingStrategy({ highWaterMark: 0 }),
  );
}
