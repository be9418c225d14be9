import { requestHeaders } from './graphql-client';

export type UploadPurpose = 'EVIDENCE' | 'IDENTITY_PHOTO' | 'ROSTER' | 'PHOTO_ZIP';

export interface UploadedFile {
  id: string;
  fileName: string;
  byteSize: number;
  contentType: string;
}

export class UploadRefused extends Error {
  readonly code: string;
  readonly serverMessage: string | null;

  constructor(code: string, serverMessage: string | null) {
    super(code);
    this.code = code;
    this.serverMessage = serverMessage;
  }
}

/**
 * POST /api/uploads with the bearer token (evidence, identity photos, the import's roster). XMLHttpRequest
 * rather than fetch: only it reports upload progress (0–100).
 */
export function uploadFile(
  file: Blob,
  fileName: string,
  purpose: UploadPurpose,
  onProgress: (percent: number) => void,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/uploads');
    for (const [name, value] of Object.entries(requestHeaders())) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
    };
    request.onload = () => {
      const body = request.response as (Partial<UploadedFile> & { code?: string; message?: string }) | null;
      if (request.status === 201 && body?.id) {
        onProgress(100);
        resolve(body as UploadedFile);
      } else {
        const code = body?.code ?? (request.status === 401 ? 'UNAUTHENTICATED' : `HTTP_${request.status}`);
        reject(new UploadRefused(code, body?.message ?? null));
      }
    };
    request.onerror = () => reject(new UploadRefused(navigator.onLine ? 'NETWORK' : 'OFFLINE', null));
    const form = new FormData();
    form.append('purpose', purpose);
    form.append('file', file, fileName);
    request.send(form);
  });
}
