import { parseReminderDays, type CampaignFormValues, type StoredCampaign } from './campaign-form-values';
import { formatShanghai } from './shanghai-time';

export type ConflictField = 'name' | 'window' | 'fieldsToCheck' | 'reminderDays' | 'notice';

export interface ConflictRow {
  field: ConflictField;
  /** What is stored now (someone else saved it). */
  stored: string;
  /** What this registrar was about to save. */
  mine: string;
}

const NOTICE_EXCERPT = 80;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > NOTICE_EXCERPT ? `${flat.slice(0, NOTICE_EXCERPT)}…` : flat;
}

/**
 * After a VERSION_CONFLICT: the settings where the stored campaign and the registrar's unsaved
 * form differ, so they can see what a colleague changed before deciding whose values win.
 */
export function conflictRows(
  mine: CampaignFormValues,
  stored: StoredCampaign,
  fieldLabel: (field: string) => string,
): ConflictRow[] {
  const [opens, closes] = mine.window ?? [null, null];
  const mineWindow = `${opens?.format('YYYY-MM-DD HH:mm') ?? '—'} – ${closes?.format('YYYY-MM-DD HH:mm') ?? '—'}`;
  const rows: ConflictRow[] = [
    { field: 'name', stored: stored.name, mine: mine.name.trim() },
    { field: 'window', stored: `${formatShanghai(stored.opensAt)} – ${formatShanghai(stored.closesAt)}`, mine: mineWindow },
    {
      field: 'fieldsToCheck',
      stored: [...stored.fieldsToCheck].sort().map(fieldLabel).join('、'),
      mine: [...mine.fieldsToCheck].sort().map(fieldLabel).join('、'),
    },
    {
      field: 'reminderDays',
      stored: stored.reminderDays.join(', '),
      mine: (parseReminderDays(mine.reminderDays) ?? mine.reminderDays).join(', '),
    },
    { field: 'notice', stored: excerpt(stored.notice), mine: excerpt(mine.notice) },
  ];
  return rows.filter((row) => (row.field === 'notice' ? stored.notice !== mine.notice : row.stored !== row.mine));
}
