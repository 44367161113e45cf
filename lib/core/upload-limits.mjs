// The upload limits, in one place for everything that enforces them: the
// domain's checks, the browser's check before sending, Next.js's body limits
// (next.config.ts) and the server in front of it (scripts/serve.mjs). Plain
// JavaScript, so that server can read it without a build.

/** Files a resident may attach to one message. */
export const MAX_FILES = 3;

/** Bytes of one attached file (and of one CSV import). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Bytes of one form post: the largest files allowed, with room for the text fields and the multipart framing. */
export const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;
