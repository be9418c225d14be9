import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_FIELD } from './campaign-form-values';

/** The label of a checkable field: the shared record vocabulary, plus the admission photo. */
export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation('campaigns');
  const { t: tr, i18n } = useTranslation('record');
  return useCallback(
    (field: string) => {
      if (field === PHOTO_FIELD) return t('checklist.admissionPhoto');
      const key = `fields.${field}`;
      return i18n.exists(key, { ns: 'record' }) ? tr(key as 'fields.name') : field;
    },
    [t, tr, i18n],
  );
}
