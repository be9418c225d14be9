/** Largest roster the server accepts (POST /api/uploads answers FILE_TOO_LARGE above it). */
export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;
export const ROSTER_EXTENSIONS = ['.csv', '.xlsx'] as const;

export type FileProblem = 'FILE_TYPE_UNSUPPORTED' | 'FILE_TOO_LARGE' | 'FILE_EMPTY';

/** Checks a chosen roster before uploading it; null when it may go. The server checks again. */
export function checkRosterFile(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!ROSTER_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'FILE_TYPE_UNSUPPORTED';
  if (file.size === 0) return 'FILE_EMPTY';
  if (file.size > MAX_ROSTER_BYTES) return 'FILE_TOO_LARGE';
  return null;
}
