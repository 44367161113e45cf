import "server-only";

import { getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import { ValidationError } from "@/domain/errors";
import type { Open311Post } from "@/domain/open311/post-request";
import type { Receipt } from "@/domain/requests/insert-request";
import { dateTimeFormat } from "@/lib/core/intl-formats";
import { siteOrigin } from "@/lib/site-url";

const attributeName = /^attribute\[([A-Za-z0-9_]{1,40})\]$/;

/** A POST's form fields (form-urlencoded, as the standard sends them, or multipart) as the domain takes them. */
export async function readPost(request: Request): Promise<Open311Post> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ValidationError({ body: "formEncoded" });
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const attributes: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    const match = attributeName.exec(name);
    if (match && typeof value === "string") attributes[match[1]!] = value;
  }
  return {
    apiKey: text("api_key") ?? "",
    jurisdictionId: text("jurisdiction_id"),
    serviceCode: text("service_code") ?? "",
    description: text("description"),
    addressString: text("address_string"),
    addressId: text("address_id"),
    email: text("email"),
    phone: text("phone"),
    firstName: text("first_name"),
    lastName: text("last_name"),
    attributes,
  };
}

/**
 * The receipt as the standard returns it: the request's id, the token (our
 * tracking link's token, which GET tokens/{token} turns into the id) and a
 * notice with the expected date and what the resident needs to follow it.
 * No account: Open311 requests belong to no one's account here.
 */
export async function receiptRecord(receipt: Receipt, locale: Locale) {
  const o = await getTranslations({ locale, namespace: "open311" as const });
  const expected = dateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(receipt.deadlineAt);
  return {
    service_request_id: receipt.trackingNumber,
    token: receipt.trackToken,
    service_notice: o("notice", {
      date: expected,
      link: `${await siteOrigin()}/track/${receipt.trackToken}`,
      trackingNumber: receipt.trackingNumber,
      accessCode: receipt.accessCode,
    }),
    account_id: null,
  };
}
