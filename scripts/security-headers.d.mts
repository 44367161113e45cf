export function securityHeaders(options?: { path?: string; https?: boolean }): {
  nonce: string | null;
  csp: string | null;
  response: Record<string, string>;
};
