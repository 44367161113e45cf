import { z } from "zod";

// Messages are keys under "errors" in messages/*.json. No db import: the browser's form uses it too.

/** An admin names a new key after the application that will use it. */
export const ApiKeyForm = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(80, { error: "tooLong" }),
});
export type ApiKeyForm = z.infer<typeof ApiKeyForm>;

export const RevokeApiKeyInput = z.object({ id: z.coerce.number().int().positive() });
export type RevokeApiKeyInput = z.infer<typeof RevokeApiKeyInput>;
