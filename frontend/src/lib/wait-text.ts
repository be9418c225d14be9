/** Seconds split for a lock-out message: 86399 → 23 h 59 min 59 s. */
export function splitSeconds(total: number): { hours: number; minutes: number; seconds: number } {
  const safe = Math.max(0, Math.floor(total));
  return { hours: Math.floor(safe / 3600), minutes: Math.floor((safe % 3600) / 60), seconds: safe % 60 };
}

/** A mainland mobile number as the server accepts it (+86, spaces and hyphens dropped); null when not one. */
export function mainlandPhone(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}
