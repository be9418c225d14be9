import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const PasswordStrengthQuery = graphql(`
  query Password_Strength($password: String!) {
    passwordStrength(password: $password) {
      level
      score
      acceptable
    }
  }
`);

const COLOURS = { WEAK: '#cf1322', MEDIUM: '#ad6800', STRONG: '#237804' } as const;

/** The server's judgement of a password as it is typed (debounced), with a bar of its score. */
export function PasswordStrength({ password }: { password: string }) {
  const { t } = useTranslation('registration');
  const debounced = useDebouncedValue(password, 300);
  const [{ data }] = useQuery({
    query: PasswordStrengthQuery,
    variables: { password: debounced },
    pause: debounced.length < 6,
  });
  const strength = debounced.length >= 6 && debounced === password ? data?.passwordStrength : undefined;
  if (!strength) return null;
  return (
    <p className="input-hint" style={{ color: COLOURS[strength.level] }} aria-live="polite" data-strength={strength.level}>
      {t('strength.label')}
      {t(`strength.${strength.level}`)}
      <span aria-hidden className="password-bar">
        {'▮'.repeat(Math.max(1, strength.score))}
        {'▯'.repeat(Math.max(0, 4 - Math.max(1, strength.score)))}
      </span>
    </p>
  );
}
