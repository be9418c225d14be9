import { useTranslation } from 'react-i18next';
import { timeLeft } from '@/lib/format-date-time';
import { useNow } from '@/lib/use-now';

/** Days, hours, minutes and seconds until `until`, ticking; nothing once it passed. */
export function CampaignCountdown({ until, label }: { until: string; label: string }) {
  const { t } = useTranslation('landing');
  const now = useNow();
  const left = timeLeft(until, now);
  if (left.over) return null;
  return (
    // Read once by screen readers (role=timer is not announced on every tick).
    <p className="campaign-countdown" role="timer" aria-label={label} aria-live="off">
      {label} {t('campaigns.countdown', { days: left.days, hours: left.hours, minutes: left.minutes, seconds: left.seconds })}
    </p>
  );
}
