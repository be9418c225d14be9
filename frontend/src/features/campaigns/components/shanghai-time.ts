import dayjs, { type Dayjs } from 'dayjs';

// Campaign windows are set and read in Asia/Shanghai, whatever the browser's zone. China has kept
// UTC+8 all year since 1991, so a fixed offset is exact and needs no time-zone database.
const OFFSET_MINUTES = 8 * 60;
const WALL_FORMAT = 'YYYY-MM-DDTHH:mm:ss';

/**
 * The picker shows a wall-clock time; we read its digits as Shanghai time and send them with
 * their offset, e.g. 2025-10-22T00:00:00+08:00. The browser's own zone never enters.
 */
export function toShanghaiIso(wall: Dayjs): string {
  return `${wall.format(WALL_FORMAT)}+08:00`;
}

/** The Shanghai wall-clock time of an instant, as a picker value (its digits are Shanghai's). */
export function fromIsoToShanghaiWall(iso: string): Dayjs {
  const shifted = new Date(new Date(iso).getTime() + OFFSET_MINUTES * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const wall =
    `${shifted.getUTCFullYear()}-${p(shifted.getUTCMonth() + 1)}-${p(shifted.getUTCDate())}` +
    `T${p(shifted.getUTCHours())}:${p(shifted.getUTCMinutes())}:${p(shifted.getUTCSeconds())}`;
  return dayjs(wall);
}

/** An instant as Shanghai wall-clock text, e.g. 2025-10-22 00:00. */
export function formatShanghai(iso: string): string {
  return fromIsoToShanghaiWall(iso).format('YYYY-MM-DD HH:mm');
}
