import type { ReceiptView } from "@/components/feedback/receipt";
import type { Receipt } from "@/domain/requests/insert-request";
import { qrPath } from "@/lib/qr";
import { siteOrigin } from "@/lib/site-url";

/** What a resident's receipt shows after any submission: the numbers, the deadline and a QR code of the tracking link. */
export async function receiptView(receipt: Receipt): Promise<ReceiptView> {
  const trackPath = `/track/${receipt.trackToken}`;
  return {
    trackingNumber: receipt.trackingNumber,
    accessCode: receipt.accessCode,
    trackPath,
    deadlineAt: receipt.deadlineAt.toISOString(),
    qr: qrPath(`${await siteOrigin()}${trackPath}`),
  };
}
