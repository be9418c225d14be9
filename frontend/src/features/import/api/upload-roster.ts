import { requestHeaders } from '@/lib/graphql-client';

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
 * POST /api/uploads (purpose ROSTER) with the bearer token. XMLHttpRequest rather than fetch:
 * only it reports upload progress.
 */
export function uploadRoster(file: File, onProgress: (percent: number) => void): Promise<UploadedFile> {
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
        resolve(body as UploadedFile);
      } else {
        const code = body?.code ?? (request.status === 401 ? 'UNAUTHENTICATED' : `HTTP_${request.status}`);
        reject(new UploadRefused(code, body?.message ?? null));
      }
    };
    request.onerror = () => reject(new UploadRefused('NETWORK', null));
    const form = new FormData();
    form.append('purpose', 'ROSTER');
    form.append('file', file);
    request.send(form);
  });
}
