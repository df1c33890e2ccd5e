/** A failed upload: the server's message and the HTTP status (0 when the request never got an answer). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * POSTs a file's bytes as the request body and resolves with the JSON answer. XMLHttpRequest,
 * not fetch: only it reports how much of the body has been sent.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  onSent: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) => onSent(event.loaded, event.total || file.size);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {}
      if (request.status >= 200 && request.status < 300 && body !== null) {
        resolve(body as T);
        return;
      }
      const message = (body as { error?: unknown } | null)?.error;
      reject(
        new UploadError(
          typeof message === "string" ? message : `The server answered ${request.status}.`,
          request.status,
        ),
      );
    };
    request.onerror = () =>
      reject(new UploadError("The file could not be sent: check the connection.", 0));
    request.send(file);
  });
}
