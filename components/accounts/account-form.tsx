import { ClientMessages } from "@/components/ui/client-messages";

import { AccountFormClient, type AccountFormProps } from "./account-form-client";

export type { AccountField } from "./account-form-client";

/** An account form (sign-in, passwords, staff accounts) with the messages its browser part needs. */
export function AccountForm(props: AccountFormProps) {
  return (
    <ClientMessages paths={[]}>
      <AccountFormClient {...props} />
    </ClientMessages>
  );
}
