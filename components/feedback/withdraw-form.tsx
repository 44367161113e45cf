import { withdrawAction } from "@/app/(public)/track/actions";
import { ClientMessages } from "@/components/ui/client-messages";

import { WithdrawFormClient } from "./withdraw-form-client";

/** The resident's "withdraw" button and, once pressed, its confirmation. */
export function WithdrawForm({ token }: { token: string }) {
  return (
    <ClientMessages
      paths={[
        "track.withdraw",
        "track.withdrawHint",
        "track.withdrawConfirmTitle",
        "track.withdrawConfirmBody",
        "track.withdrawConfirm",
        "track.withdrawKeep",
      ]}
    >
      <WithdrawFormClient action={withdrawAction.bind(null, token)} keepHref={`/track/${token}`} />
    </ClientMessages>
  );
}
