import { uploadFile, UploadRefused, type UploadedFile } from '@/lib/upload-file';

export { UploadRefused, type UploadedFile };

/** POST /api/uploads (purpose ROSTER) with the bearer token, reporting upload progress. */
export async function uploadRoster(file: File, onProgress: (percent: number) => void): Promise<UploadedFile> {
  try {
    return await uploadFile(file, file.name, 'ROSTER', onProgress);
  } catch (error) {
    // The import's messages know no OFFLINE: a lost connection reads as NETWORK there.
    if (error instanceof UploadRefused && error.code === 'OFFLINE') throw new UploadRefused('NETWORK', null);
    throw error;
  }
}
