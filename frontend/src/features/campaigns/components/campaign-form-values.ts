import type { Dayjs } from 'dayjs';
import type { CreateCampaignInput, Level, UpdateCampaignInput } from '@/gql/graphql';
import { MAIN_FIELDS, OTHER_FIELDS } from '@/lib/records/record-values';
import { fromIsoToShanghaiWall, toShanghaiIso } from './shanghai-time';

/** Record fields a campaign may ask students to check (the server's list), grouped for the checklist. */
export { MAIN_FIELDS, OTHER_FIELDS as NON_MAIN_FIELDS };
export const PHOTO_FIELD = 'admissionPhoto';
/** What the server checks when nothing is named: every main field and the admission photo. */
export const DEFAULT_FIELDS: readonly string[] = [...MAIN_FIELDS, PHOTO_FIELD];
export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 3, 1];

export interface CampaignFormValues {
  name: string;
  admissionYear: number | null;
  levels: Level[];
  /** Start and deadline as Shanghai wall-clock times. */
  window: [Dayjs | null, Dayjs | null] | null;
  fieldsToCheck: string[];
  notice: string;
  /** As typed in the tag picker: numbers, or strings the user typed. */
  reminderDays: Array<number | string>;
}

export function emptyCampaignValues(year: number): CampaignFormValues {
  return {
    name: '',
    admissionYear: year,
    levels: [],
    window: null,
    fieldsToCheck: [...DEFAULT_FIELDS],
    notice: '',
    reminderDays: [...DEFAULT_REMINDER_DAYS],
  };
}

export type WindowProblem = 'required' | 'order';

/** Why a window cannot be sent, or null: both ends are needed and the deadline comes after the start. */
export function windowProblem(window: CampaignFormValues['window']): WindowProblem | null {
  const [opens, closes] = window ?? [null, null];
  if (!opens || !closes) return 'required';
  return closes.isAfter(opens) ? null : 'order';
}

/** Reminder days as the server wants them (distinct whole days 1–60, largest first), or null when one is not. */
export function parseReminderDays(raw: ReadonlyArray<number | string>): number[] | null {
  const days: number[] = [];
  for (const item of raw) {
    const text = String(item).trim();
    if (!/^\d{1,2}$/.test(text)) return null;
    const day = Number(text);
    if (day < 1 || day > 60 || days.includes(day)) return null;
    days.push(day);
  }
  return days.sort((a, b) => b - a);
}

function windowIso(values: CampaignFormValues): { opensAt: string; closesAt: string } {
  const [opens, closes] = values.window ?? [null, null];
  if (!opens || !closes) throw new Error('window missing: validate the form first');
  return { opensAt: toShanghaiIso(opens), closesAt: toShanghaiIso(closes) };
}

/** Checklist order, whatever order the boxes were ticked in. */
function orderedFields(fields: readonly string[]): string[] {
  return DEFAULT_FIELDS.concat(OTHER_FIELDS).filter((field) => fields.includes(field));
}

/** A validated form as `createCampaign` input; the key makes a retried click create one campaign. */
export function toCreateInput(values: CampaignFormValues, idempotencyKey: string): CreateCampaignInput {
  return {
    idempotencyKey,
    name: values.name.trim(),
    admissionYear: values.admissionYear ?? 0,
    levels: values.levels,
    ...windowIso(values),
    fieldsToCheck: orderedFields(values.fieldsToCheck),
    notice: values.notice,
    reminderDays: parseReminderDays(values.reminderDays) ?? [],
  };
}

/** A validated form as `updateCampaign` input. The cohort cannot change once a campaign exists. */
export function toUpdateInput(values: CampaignFormValues, id: string, version: number): UpdateCampaignInput {
  return {
    id,
    version,
    name: values.name.trim(),
    ...windowIso(values),
    fieldsToCheck: orderedFields(values.fieldsToCheck),
    notice: values.notice,
    reminderDays: parseReminderDays(values.reminderDays) ?? [],
  };
}

export interface StoredCampaign {
  name: string;
  admissionYear: number;
  levels: readonly Level[];
  opensAt: string;
  closesAt: string;
  fieldsToCheck: readonly string[];
  notice: string;
  reminderDays: readonly number[];
}

/** The form's values for an existing campaign (times shown in Shanghai). */
export function valuesFromCampaign(campaign: StoredCampaign): CampaignFormValues {
  return {
    name: campaign.name,
    admissionYear: campaign.admissionYear,
    levels: [...campaign.levels],
    window: [fromIsoToShanghaiWall(campaign.opensAt), fromIsoToShanghaiWall(campaign.closesAt)],
    fieldsToCheck: [...campaign.fieldsToCheck],
    notice: campaign.notice,
    reminderDays: [...campaign.reminderDays],
  };
}

/** Which form item shows a server field error: the window's two ends share one picker. */
export function formFieldOf(serverField: string): keyof CampaignFormValues | null {
  if (serverField === 'opensAt' || serverField === 'closesAt') return 'window';
  const known: ReadonlyArray<keyof CampaignFormValues> = ['name', 'admissionYear', 'levels', 'fieldsToCheck', 'notice', 'reminderDays'];
  return known.find((name) => name === serverField) ?? null;
}
