import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Messages = Record<string, unknown>;

/** The parts of the catalogue named by dotted paths ("track", "settings.holidays"), in their places. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    let to = picked;
    keys.forEach((key, i) => {
      from = (from as Messages | undefined)?.[key];
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Messages;
    });
  }
  return picked;
}

// What any form may say in the browser before the server answers.
const baseErrors = ["invalid", "unavailable", "unexpected"];

/**
 * Gives the client components inside it only the messages they use: the
 * catalogue of both areas would otherwise travel in every page's HTML.
 */
export async function ClientMessages({
  paths,
  errors,
  children,
}: {
  paths: readonly string[];
  /** The error keys the forms inside check for in the browser; all of them when not named. The server's answers bring their own texts. */
  errors?: readonly string[];
  children: React.ReactNode;
}) {
  // Every client form shows errors and a pending label.
  const errorPaths = errors ? [...new Set([...baseErrors, ...errors])].map((key) => `errors.${key}`) : ["errors"];
  const messages = pickMessages(await getMessages(), ["error", ...errorPaths, "form", ...paths]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
