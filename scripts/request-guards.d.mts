import type { IncomingMessage } from "node:http";

export const refusedUploadHeader: string;
export function hasValidPath(url: string | undefined): boolean;
export function withoutFiles(req: IncomingMessage): Promise<{ req: IncomingMessage; dropped: string[] } | null>;
