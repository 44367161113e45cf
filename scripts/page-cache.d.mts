import type { IncomingMessage, ServerResponse } from "node:http";

export function pageKey(req: IncomingMessage): string | null;
export function acceptsGzip(req: IncomingMessage): boolean;
export function createPageCache(options?: { ttlMs?: number; maxBytes?: number }): {
  size(): { pages: number; bytes: number };
  serve(res: ServerResponse, key: string, nonce: string, gzipped: boolean): Promise<boolean>;
  capture(res: ServerResponse, key: string, nonce: string, gzipped: boolean): void;
};
