import { useCallback, useRef } from 'react';

function newKey(): string {
  // crypto.randomUUID needs a secure context; plain-HTTP campus intranets fall back to getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One idempotency key per attempted action: `key()` gives the same key until `settle()` is called
 * after a definite answer, so a retry after a lost response cannot act twice.
 */
export function useIdempotencyKey(): { key: () => string; settle: () => void } {
  const current = useRef<string | null>(null);
  const key = useCallback(() => {
    current.current ??= newKey();
    return current.current;
  }, []);
  const settle = useCallback(() => {
    current.current = null;
  }, []);
  return { key, settle };
}
