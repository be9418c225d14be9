import { useTranslation } from 'react-i18next';
import { checkPersonName } from '@/lib/identity/person-name';

/** The name rules, and what breaks them in the name as typed. */
export function NameHint({ value, id }: { value: string; id?: string }) {
  const { t } = useTranslation('record');
  const check = checkPersonName(value);
  const problem = value !== '' && !check.ok ? check.problem : null;
  return (
    <p id={id} className={`input-hint ${problem ? 'input-hint-error' : 'input-hint-info'}`} aria-live="polite">
      {problem ? t(`checks.name.${problem}`) : t('checks.name.rules')}
    </p>
  );
}
