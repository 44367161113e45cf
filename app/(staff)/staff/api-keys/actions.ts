"use server";

import type { ApiKeyFormState } from "@/components/api-keys/api-key-form";
import { ApiKeyForm, RevokeApiKeyInput } from "@/domain/open311/api-key-form";
import { createApiKey, revokeApiKey } from "@/domain/open311/api-keys";
import { formAction, redirectAction } from "@/lib/action";

const create = formAction({
  schema: ApiKeyForm,
  run: createApiKey,
  revalidate: "/staff/api-keys",
  // The key travels back once, in this answer only: it is never stored or put in an address.
  done: (created): ApiKeyFormState => ({ fieldErrors: {}, values: {}, done: true, created: { name: created.name, key: created.key } }),
});

const revoke = redirectAction({
  schema: RevokeApiKeyInput,
  run: revokeApiKey,
  back: () => "/staff/api-keys",
  outcome: () => ({ revoked: "1" }),
});

/** Issues a key; the answer shows it once. */
export async function createApiKeyAction(state: ApiKeyFormState, formData: FormData) {
  return create(state, formData);
}

/** A plain form per table row; the outcome travels in the URL so it shows without JavaScript. */
export async function revokeApiKeyAction(formData: FormData) {
  return revoke(formData);
}
