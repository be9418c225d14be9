import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The label of an EnrolmentRecord field by its GraphQL name (e.g. `classCode` → 班号); unknown names as they are. */
export function useRecordFieldLabel(): (field: string) => string {
  const { t, i18n } = useTranslation('record');
  return useCallback(
    (field: string) => {
      const key = `fields.${field}`;
      return i18n.exists(key, { ns: 'record' }) ? t(key as 'fields.name') : field;
    },
    [t, i18n],
  );
}
