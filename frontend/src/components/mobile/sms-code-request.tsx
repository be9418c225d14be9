import { Button, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { SmsPurpose } from '@/gql/graphql';
import { useCountdown } from '@/lib/use-countdown';
import { mainlandPhone, splitSeconds } from '@/lib/wait-text';
import { AltchaCheck } from './altcha-check';
import { HelpLink } from './help-link';
import { PayloadErrorNotice } from './payload-error-notice';
import { RequestSmsCodeMutation } from './sms-api';

interface SmsCodeRequestProps {
  phone: string;
  purpose: SmsPurpose;
}

type Wait = { seconds: number; at: number; locked: boolean } | null;

/** Human check, then "send code" with the 60 s countdown; a lock-out shows the time left and a way round it. */
export function SmsCodeRequest({ phone, purpose }: SmsCodeRequestProps) {
  const { t } = useTranslation('registration');
  const [payload, setPayload] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [wait, setWait] = useState<Wait>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching }, request] = useMutation(RequestSmsCodeMutation);
  const left = useCountdown(wait?.seconds ?? 0, wait?.at ?? 0);
  const normalised = mainlandPhone(phone);

  const send = async () => {
    if (!normalised || !payload) return;
    setRefusal(null);
    const result = await request({ input: { phone: normalised, purpose, altcha: payload } });
    // A solution works once: whatever the answer, the next send needs a new challenge.
    setPayload(null);
    setRound((value) => value + 1);
    const answer = result.data?.requestSmsCode;
    if (!answer) return;
    if (answer.__typename === 'SmsCodeSent') {
      setSentTo(answer.maskedPhone);
      setWait({ seconds: answer.resendAfterSeconds, at: Date.now(), locked: false });
    } else if (answer.__typename === 'SmsThrottled') {
      setWait({ seconds: answer.retryAfterSeconds, at: Date.now(), locked: answer.reason === 'LOCKED' });
      if (answer.reason !== 'LOCKED') setRefusal({ code: answer.code, message: answer.message });
    } else if ('code' in answer) {
      setRefusal({ code: answer.code, message: answer.message });
    }
  };

  const locked = wait?.locked && left > 0;
  return (
    <div className="sms-request">
      {!locked && <AltchaCheck onSolved={setPayload} round={round} />}
      {!locked && !payload && <p className="input-hint input-hint-info">{t('humanHint')}</p>}
      {locked && (
        <div role="alert" data-sms-locked>
          <NoticeBar
            color="error"
            wrap
            content={
              <>
                <div>{t('locked', { time: t('waitTime', splitSeconds(left)) })}</div>
                <div>{t('lockedFallback')}</div>
                <HelpLink topic="smsLocked" />
              </>
            }
          />
        </div>
      )}
      {refusal && <PayloadErrorNotice error={refusal} />}
      {sentTo && left > 0 && !locked && (
        <p className="input-hint input-hint-ok" role="status">
          {t('codeSent', { phone: sentTo })}
        </p>
      )}
      <Button
        size="small"
        color="primary"
        fill="outline"
        disabled={!normalised || !payload || left > 0}
        loading={fetching}
        onClick={() => void send()}
      >
        {left > 0 && !locked ? t('resendIn', { seconds: left }) : t('sendCode')}
      </Button>
    </div>
  );
}
