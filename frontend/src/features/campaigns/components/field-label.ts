import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';

/** The label of a checkable field (the shared record vocabulary, the admission photo included). */
export const useFieldLabel = useRecordFieldLabel;
