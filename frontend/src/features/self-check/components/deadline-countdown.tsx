import { useTranslation } from 'react-i18next';
import { timeLeft } from '@/lib/format-date-time';
import { useNow } from '@/lib/use-now';

/** Days, hours, minutes and seconds to the deadline, ticking; nothing once it passed. */
export function DeadlineCountdown({ deadline }: { deadline: string }) {
  const { t } = useTranslation('selfcheck');
  const now = useNow();
  const left = timeLeft(deadline, now);
  if (left.over) return null;
  return (
    // Read once by screen readers (role=timer is not announced on every tick).
    <p className="self-check-countdown" role="timer" aria-label={t('window.countdownLabel')} aria-live="off">
      {t('window.countdown', { days: left.days, hours: left.hours, minutes: left.minutes, seconds: left.seconds })}
    </p>
  );
}
