export function hasValidPath(url: string | undefined): boolean;
