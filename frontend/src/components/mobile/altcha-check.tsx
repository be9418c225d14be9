import { DotLoading } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SmsChallengeQuery } from './sms-api';

interface AltchaCheckProps {
  /** The solved payload (base64), or null when reset. */
  onSolved: (payload: string | null) => void;
  /** Changing it asks for a fresh challenge (a payload works once). */
  round: number;
}

/**
 * The ALTCHA proof-of-work widget (人机验证), loaded only where it is used; the challenge comes from
 * `smsChallenge`, so the widget itself calls nothing.
 */
export function AltchaCheck({ onSolved, round }: AltchaCheckProps) {
  const { t, i18n } = useTranslation('registration');
  const host = useRef<HTMLDivElement>(null);
  const [{ data, error }, refetch] = useQuery({ query: SmsChallengeQuery, requestPolicy: 'network-only' });
  const [failed, setFailed] = useState(false);
  const solved = useRef(onSolved);
  solved.current = onSolved;

  useEffect(() => {
    if (round > 0) refetch({ requestPolicy: 'network-only' });
  }, [round, refetch]);

  const challenge = data?.smsChallenge;
  useEffect(() => {
    if (!challenge || !host.current) return;
    let widget: HTMLElement | null = null;
    let cancelled = false;
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<{ state: string; payload?: string }>).detail;
      solved.current(detail.state === 'verified' && detail.payload ? detail.payload : null);
    };
    import('altcha')
      .then(() => {
        if (cancelled || !host.current) return;
        widget = document.createElement('altcha-widget');
        widget.setAttribute('challengejson', challenge);
        widget.setAttribute('hidefooter', '');
        widget.setAttribute('hidelogo', '');
        widget.setAttribute(
          'strings',
          JSON.stringify(
            i18n.language === 'en'
              ? { label: "I'm not a robot", verifying: 'Verifying…', verified: 'Verified', error: 'Failed. Try again.' }
              : { label: '我不是机器人', verifying: '正在验证…', verified: '验证通过', error: '验证失败，请重试', expired: '已过期，请重试', waitAlert: '正在验证，请稍候…' },
          ),
        );
        widget.addEventListener('statechange', onState);
        host.current.replaceChildren(widget);
        solved.current(null);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      widget?.removeEventListener('statechange', onState);
      widget?.remove();
    };
  }, [challenge, i18n.language]);

  return (
    <div className="altcha-check" aria-label={t('human')}>
      {!challenge && !error && !failed && (
        <span role="status">
          {t('humanLoading')}
          <DotLoading />
        </span>
      )}
      {(error || failed) && <p role="alert">{t('humanFailed')}</p>}
      <div ref={host} />
    </div>
  );
}
