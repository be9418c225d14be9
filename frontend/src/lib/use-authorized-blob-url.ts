import { useEffect, useState } from 'react';
import { fetchBlob, HttpError } from './authorized-fetch';

export type BlobUrlState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'shown'; url: string }
  | { status: 'missing' }
  | { status: 'failed' };

/**
 * An object URL for a file of our API fetched with the bearer token (an <img src> cannot carry
 * it); `missing` on 404. Null `url` fetches nothing. The object URL is revoked when it goes.
 */
export function useAuthorizedBlobUrl(url: string | null): BlobUrlState {
  const [state, setState] = useState<BlobUrlState>(url ? { status: 'loading' } : { status: 'idle' });

  useEffect(() => {
    if (!url) {
      setState({ status: 'idle' });
      return;
    }
    let objectUrl: string | null = null;
    let cancelled = false;
    setState({ status: 'loading' });
    fetchBlob(url)
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ status: 'shown', url: objectUrl });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setState({ status: error instanceof HttpError && error.status === 404 ? 'missing' : 'failed' });
      });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);

  return state;
}
