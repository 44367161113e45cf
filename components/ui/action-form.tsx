import { ActionFormClient, type ActionFormProps } from "./action-form-client";
import { ClientMessages } from "./client-messages";

/** A small form whose server errors appear in a summary above it; works without JavaScript. */
export function ActionForm(props: ActionFormProps) {
  return (
    <ClientMessages paths={[]}>
      <ActionFormClient {...props} />
    </ClientMessages>
  );
}
