/** The largest CSV file an admin may import (about 200,000 rows of figures). */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;

/** What an admin is told about a file over MAX_UPLOAD_BYTES. */
export const UPLOAD_TOO_LARGE = `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`;
