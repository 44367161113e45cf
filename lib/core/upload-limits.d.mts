export const MAX_FILES: number;
export const MAX_FILE_BYTES: number;
export const MAX_BODY_BYTES: number;
