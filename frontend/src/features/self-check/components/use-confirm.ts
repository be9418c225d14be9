import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { ConfirmAdmissionPhotoMutation, ConfirmRecordMutation } from '../api/confirm-mutations';

export type ConfirmRefusal = PayloadError & { instructions?: string | null };

/**
 * confirmRecord / confirmAdmissionPhoto with one idempotency key per attempt (kept across a retry
 * after a network failure, dropped after any answer). Resolves true on success.
 */
export function useConfirm(subject: 'RECORD' | 'ADMISSION_PHOTO') {
  const [recordState, confirmRecord] = useMutation(ConfirmRecordMutation);
  const [photoState, confirmPhoto] = useMutation(ConfirmAdmissionPhotoMutation);
  const { key, settle } = useIdempotencyKey();
  const [refusal, setRefusal] = useState<ConfirmRefusal | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const fetching = subject === 'RECORD' ? recordState.fetching : photoState.fetching;

  const confirm = async (recordId: string, version: number): Promise<boolean> => {
    setRefusal(null);
    setError(undefined);
    const input = { recordId, version, idempotencyKey: key() };
    const result = subject === 'RECORD' ? await confirmRecord({ input }) : await confirmPhoto({ input });
    if (result.error) {
      setError(result.error);
      return false;
    }
    settle();
    const data = result.data;
    const payload = data && ('confirmRecord' in data ? data.confirmRecord : data.confirmAdmissionPhoto);
    if (!payload) return false;
    if (payload.__typename === 'ConfirmRecordSuccess' || payload.__typename === 'ConfirmAdmissionPhotoSuccess') {
      return true;
    }
    setRefusal({
      code: payload.code,
      message: payload.message,
      instructions: payload.__typename === 'SelfCheckUnavailable' ? payload.instructions : null,
    });
    return false;
  };

  return { confirm, fetching, refusal, error };
}
