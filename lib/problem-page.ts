import { roles, type Role } from "@/lib/core/values";

// How proxy.ts hands a problem to app/global-not-found.tsx: it rewrites to a path no
// route matches (Next.js then renders global-not-found.tsx in full, with a 404) and
// says in a request header which problem it is.

/** The path no route matches. */
export const problemPath = "/_problem";

/** The request header naming the problem; the proxy removes any a client sends. */
export const problemHeader = "x-problem";

export type PageProblemKind =
  | { kind: "notFound" }
  | {
      kind: "forbidden";
      /** The roles that may open the page, when the proxy knows them. */
      roles?: readonly Role[];
      /** The signed-in role. */
      current?: Role;
    };

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** The problem a header names: "notFound", or "forbidden;<roles>;<current role>". */
export function readProblemHeader(value: string | null): PageProblemKind {
  if (!value?.startsWith("forbidden")) return { kind: "notFound" };
  const [, allowed = "", current = ""] = value.split(";");
  return { kind: "forbidden", roles: allowed.split(",").filter(isRole), current: isRole(current) ? current : undefined };
}
