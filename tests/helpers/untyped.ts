/** What a browser could send: any fields, wrong values included. The schema decides, not the type. */
export function untyped<T>(input: unknown): T {
  return input as T;
}
