import "server-only";

import { getDb } from "@/db/client";
import { csvLines, toCsv } from "@/lib/core/csv";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { downloadFormats, findDataset, type DownloadFormat } from "./catalogue";
import { csvCells, jsonRecord, type OpenDataset, type Value } from "./dataset";
import { loadVersions, validatorOf, type Validator } from "./versions";

export type Download = {
  fileName: string;
  format: DownloadFormat;
  validator: Validator;
  /** The file, written a batch of rows at a time as the reader takes it. */
  body: () => ReadableStream<Uint8Array>;
};

const fileName = /^([a-z-]+)\.([a-z]+)$/;

/**
 * An open-data file by its name ("replies.csv"). Public. The validator is
 * known before any row is read, so a conditional request costs two small
 * queries; the body is only built when asked for.
 */
export async function openDataDownload(_ctx: Ctx, name: string): Promise<Download> {
  const [, id, extension] = fileName.exec(name) ?? [];
  const dataset = id ? findDataset(id) : undefined;
  const format = downloadFormats.find((f) => f === extension);
  if (!dataset || !format) throw new NotFoundError("no such open-data file");
  const validator = validatorOf(name, dataset.dependsOn, await loadVersions());
  return { fileName: name, format, validator, body: () => streamOf(dataset, format) };
}

const encoder = new TextEncoder();

/** Text for each batch: the CSV header (with its byte-order mark) or "[" first, then rows, then the end. */
function writer(dataset: OpenDataset, format: DownloadFormat) {
  if (format === "csv") {
    return {
      start: toCsv(
        dataset.fields.map((f) => f.name),
        [],
      ),
      rows: (rows: Value[][]) => csvLines(rows.map(csvCells)),
      end: "",
    };
  }
  let first = true;
  return {
    start: "[",
    rows: (rows: Value[][]) =>
      rows
        .map((row) => {
          const text = (first ? "\n" : ",\n") + JSON.stringify(jsonRecord(dataset, row));
          first = false;
          return text;
        })
        .join(""),
    end: "\n]\n",
  };
}

/** Pulls a batch only when the reader wants more: memory holds one batch, whatever the file's size. */
export function streamOf(dataset: OpenDataset, format: DownloadFormat): ReadableStream<Uint8Array> {
  const write = writer(dataset, format);
  let batches: AsyncIterator<Value[][]> | null = null;
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        batches = dataset.batches(await getDb())[Symbol.asyncIterator]();
        controller.enqueue(encoder.encode(write.start));
      },
      async pull(controller) {
        const next = await batches!.next();
        if (next.done) {
          if (write.end) controller.enqueue(encoder.encode(write.end));
          controller.close();
          return;
        }
        const text = write.rows(next.value);
        if (text) controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await batches?.return?.();
      },
      // Nothing read ahead: a batch is fetched only when the response has taken the last one.
    },
    new CountQueuingStrategy({ highWaterMark: 0 }),
  );
}
