import { useState } from 'react';
import { useMutation } from 'urql';
import { useCountdown } from '@/lib/use-countdown';
import { LoginMutation } from './login-mutation';
import type { IssuedToken, SessionAccount } from './session-store';

type Refusal = { message: string; retryAfterSeconds: number; at: number } | null;

/** Staff with two-step verification: a code is needed, or (first time) an app must be set up with this secret. */
export type TotpStep = { kind: 'code' } | { kind: 'enrol'; secret: string; otpauthUri: string } | null;

/**
 * Sends `login` and sorts its answer: success goes to `onSignedIn`, a refusal is kept as the
 * server's message with the seconds still to wait when throttled, and a two-step verification
 * answer asks for the authenticator code (with the secret to enrol when the role requires one).
 */
export function useLogin(onSignedIn: (token: IssuedToken, account: SessionAccount) => void) {
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [refusal, setRefusal] = useState<Refusal>(null);
  const [totpStep, setTotpStep] = useState<TotpStep>(null);
  const wait = useCountdown(refusal?.retryAfterSeconds ?? 0, refusal?.at ?? 0);

  const submit = async (identifier: string, password: string, totp?: string) => {
    const code = totp?.trim();
    const result = await login({ input: { identifier: identifier.trim(), password, ...(code ? { totp: code } : {}) } });
    const payload = result.data?.login;
    if (!payload) return;
    if (payload.__typename === 'LoginSuccess') {
      setRefusal(null);
      setTotpStep(null);
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
      return;
    }
    if (payload.__typename === 'LoginTotpEnrolmentRequired') {
      setTotpStep({ kind: 'enrol', secret: payload.secret, otpauthUri: payload.otpauthUri });
    } else if (payload.__typename === 'LoginTotpRequired') {
      // A wrong code keeps an enrolment step on screen (its secret is still the one to use).
      setTotpStep((step) => step ?? { kind: 'code' });
    }
    const retryAfterSeconds = payload.__typename === 'LoginThrottled' ? payload.retryAfterSeconds : 0;
    // The first "code needed" is a step, not a mistake: no red message for it.
    const quiet = (payload.__typename === 'LoginTotpRequired' && payload.code === 'TOTP_REQUIRED') || payload.__typename === 'LoginTotpEnrolmentRequired';
    setRefusal(quiet ? null : { message: payload.message, retryAfterSeconds, at: Date.now() });
  };

  return { submit, fetching, error, refusalMessage: refusal?.message ?? null, wait, totpStep };
}
