import { useTranslation } from 'react-i18next';

/** A step's problem under its field: an i18n key of `registration`, or `record:` for identity checks. */
export function FieldError({ problem }: { problem?: string }) {
  const { t } = useTranslation('registration');
  const { t: tr } = useTranslation('record');
  if (!problem) return null;
  const text = problem.startsWith('record:') ? tr(problem.slice(7) as never) : t(problem as never);
  return (
    <p className="input-hint input-hint-error" role="alert">
      {text}
    </p>
  );
}
