import { useTranslation } from 'react-i18next';
import { checkIdNumber } from '@/lib/identity/id-number';

/** What is right or wrong with a resident ID number as it is typed, announced politely. */
export function IdNumberHint({ value, id }: { value: string; id?: string }) {
  const { t } = useTranslation('record');
  const check = checkIdNumber(value);
  let text = '';
  let tone: 'ok' | 'info' | 'error' = 'info';
  if (check.state === 'incomplete') text = t('checks.idNumber.incomplete', { typed: check.typed });
  if (check.state === 'valid') {
    text = t('checks.idNumber.valid', { birthDate: check.birthDate });
    tone = 'ok';
  }
  if (check.state === 'invalid') {
    text = t(`checks.idNumber.${check.problem}`);
    tone = 'error';
  }
  return (
    <p id={id} className={`input-hint input-hint-${tone}`} aria-live="polite" data-id-check={check.state}>
      {text}
    </p>
  );
}
