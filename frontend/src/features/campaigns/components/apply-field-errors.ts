import type { FormInstance } from 'antd';
import { formFieldOf, type CampaignFormValues } from './campaign-form-values';

interface ServerFieldError {
  field: string;
  message: string;
}

/** Puts the server's field errors under their form items; returns the ones no item shows. */
export function applyFieldErrors(form: FormInstance<CampaignFormValues>, errors: readonly ServerFieldError[]): string[] {
  const unplaced: string[] = [];
  const placed = new Map<keyof CampaignFormValues, string[]>();
  for (const error of errors) {
    const name = formFieldOf(error.field);
    if (name) placed.set(name, [...(placed.get(name) ?? []), error.message]);
    else unplaced.push(error.message);
  }
  form.setFields([...placed].map(([name, messages]) => ({ name, errors: messages })));
  return unplaced;
}
