import { errorFields } from "./logger";

// Next.js logs an error no page caught with console.error, message, stack and
// properties included. A failed query's message and its `params` hold what a
// resident typed (names, phone numbers, e-mail addresses), and the driver's
// error can hold row values in its `detail`. Such errors are logged as their
// class, SQLSTATE and digest instead: the digest is what the error page shows,
// and it is enough to find the request.

const querySigns = ["params", "parameters", "query", "detail"];

function fromTheDatabase(error: Error): boolean {
  const cause = (error as { cause?: unknown }).cause;
  return (
    querySigns.some((key) => key in error) ||
    error.message.startsWith("Failed query:") ||
    (cause instanceof Error && querySigns.some((key) => key in cause))
  );
}

/** An argument of console.error as it may be logged. */
export function scrubConsoleArgument(argument: unknown): unknown {
  if (!(argument instanceof Error) || !fromTheDatabase(argument)) return argument;
  const { name, code } = errorFields(argument);
  const digest = (argument as { digest?: unknown }).digest;
  return `${name}${code ? ` (SQLSTATE ${code})` : ""}${typeof digest === "string" ? ` digest ${digest}` : ""}: query details not logged`;
}

const holder = globalThis as unknown as { __safeCityConsoleScrubbed?: boolean };

/** From now on, console.error leaves the details of database errors out. */
export function scrubDatabaseErrorsFromConsole(): void {
  if (holder.__safeCityConsoleScrubbed) return;
  holder.__safeCityConsoleScrubbed = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => original(...args.map(scrubConsoleArgument));
}
