import { useState } from 'react';
import { useMutation } from 'urql';
import { useCountdown } from '@/lib/use-countdown';
import { LoginMutation } from './login-mutation';
import type { IssuedToken, SessionAccount } from './session-store';

type Refusal = { message: string; retryAfterSeconds: number; at: number } | null;

/**
 * Sends `login` and sorts its answer: success goes to `onSignedIn`, a refusal is kept as the
 * server's message with the seconds still to wait when throttled.
 */
export function useLogin(onSignedIn: (token: IssuedToken, account: SessionAccount) => void) {
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [refusal, setRefusal] = useState<Refusal>(null);
  const wait = useCountdown(refusal?.retryAfterSeconds ?? 0, refusal?.at ?? 0);

  const submit = async (identifier: string, password: string) => {
    const result = await login({ input: { identifier: identifier.trim(), password } });
    const payload = result.data?.login;
    if (!payload) return;
    if (payload.__typename === 'LoginSuccess') {
      setRefusal(null);
      const { account } = payload;
      onSignedIn(
        { accessToken: payload.accessToken, expiresAt: payload.expiresAt },
        {
          id: account.id,
          displayName: account.displayName,
          roles: account.roles,
          institutionName: account.institution?.name ?? null,
        },
      );
    } else {
      const retryAfterSeconds = payload.__typename === 'LoginThrottled' ? payload.retryAfterSeconds : 0;
      setRefusal({ message: payload.message, retryAfterSeconds, at: Date.now() });
    }
  };

  return { submit, fetching, error, refusalMessage: refusal?.message ?? null, wait };
}
