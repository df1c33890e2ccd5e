/** A CSV file as uploaded. */
export interface CsvUpload {
  fileName?: string;
  /**
   * The file's bytes as uploaded, so the server can tell UTF-8 from other encodings. They move
   * to the worker thread that checks them: do not use them afterwards.
   */
  bytes: Uint8Array;
}
