import { toLanguage } from './i18n/languages';

// Campaign windows are set and read in Asia/Shanghai, whatever the phone's own zone.
const TIME_ZONE = 'Asia/Shanghai';

/** `2025年11月30日 23:59` / `30 Nov 2025, 23:59`, in China time. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(toLanguage(language), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** `2025年11月30日` / `30 Nov 2025`, in China time. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(toLanguage(language), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(new Date(iso));
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** True once the moment has passed. */
  over: boolean;
}

/** What is left until `iso` at `now` (milliseconds), in whole units; all zero once it passed. */
export function timeLeft(iso: string, now: number): TimeLeft {
  const ms = Date.parse(iso) - now;
  if (!(ms > 0)) return { days: 0, hours: 0, minutes: 0, seconds: 0, over: true };
  const total = Math.floor(ms / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    over: false,
  };
}
