import { requestHeaders } from './graphql-client';

/** A non-GraphQL request to our own API with the bearer token (an <img src> or <a href> cannot send it). */
export async function fetchBlob(url: string): Promise<Blob> {
  const response = await fetch(url, { headers: requestHeaders(), credentials: 'same-origin' });
  if (!response.ok) throw new HttpError(response.status);
  return response.blob();
}

export class HttpError extends Error {
  readonly status: number;

  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** Hands a fetched file to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads an authorised file; the file name is the server's (Content-Disposition) when it gives one. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { headers: requestHeaders(), credentials: 'same-origin' });
  if (!response.ok) throw new HttpError(response.status);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  saveBlob(await response.blob(), name);
}
