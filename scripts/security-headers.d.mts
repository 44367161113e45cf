export function securityHeaders(options?: { https?: boolean }): { nonce: string; csp: string; response: Record<string, string> };
