import { useEffect, useState } from 'react';

/** Seconds left of a wait that started with `seconds` (restarts when `startedAt` changes). */
export function useCountdown(seconds: number, startedAt: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    if (seconds <= 0) return;
    const timer = window.setInterval(() => {
      const next = Math.max(0, seconds - Math.floor((Date.now() - startedAt) / 1000));
      setLeft(next);
      if (next === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [seconds, startedAt]);
  return left;
}
