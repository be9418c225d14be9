import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '@/gql/graphql';

/** "2025级 · 本科、专升本", or every level when none is named. */
export function useCohortText(): (admissionYear: number, levels: readonly Level[]) => string {
  const { t } = useTranslation('campaigns');
  const { t: tr } = useTranslation('record');
  return useCallback(
    (admissionYear, levels) =>
      t('cohort.text', {
        year: admissionYear,
        levels: levels.length === 0 ? t('cohort.allLevels') : levels.map((level) => tr(`level.${level}`)).join(t('cohort.separator')),
      }),
    [t, tr],
  );
}
