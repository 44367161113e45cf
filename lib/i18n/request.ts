import { getRequestConfig } from "next-intl/server";

import { getLocale } from "./locale";

export default getRequestConfig(async () => {
  const locale = await getLocale();
  const messages = locale === "en" ? (await import("@/messages/en.json")).default : (await import("@/messages/zh-CN.json")).default;
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
