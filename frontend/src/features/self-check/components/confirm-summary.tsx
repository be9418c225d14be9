import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { summaryValue } from '@/lib/records/record-values';
import { RecordValues_EnrolmentRecordFragment } from '@/lib/records/record-values-fragment';

export const ConfirmSummary_EnrolmentRecordFragment = graphql(`
  fragment ConfirmSummary_EnrolmentRecordFragment on EnrolmentRecord {
    id
    ...RecordValues_EnrolmentRecordFragment
    admissionPhoto {
      sha256
    }
  }
`);

interface ConfirmSummaryProps {
  record: FragmentType<typeof ConfirmSummary_EnrolmentRecordFragment>;
  /** The campaign's fields to check (the photo is confirmed separately and left out here). */
  fields: readonly { name: string; main: boolean }[];
}

/** What confirming confirms: the campaign's fields with their values, main fields first. */
export function ConfirmSummary(props: ConfirmSummaryProps) {
  const { t } = useTranslation('selfcheck');
  const { t: tr } = useTranslation('record');
  const record = useFragment(RecordValues_EnrolmentRecordFragment, useFragment(ConfirmSummary_EnrolmentRecordFragment, props.record));
  const fields = props.fields.filter((field) => field.name !== 'admissionPhoto' && field.name !== 'diplomaPhoto');
  const group = (main: boolean, title: string) => {
    const rows = fields.filter((field) => field.main === main);
    if (rows.length === 0) return null;
    return (
      <section aria-label={title}>
        <List mode="card" header={title}>
          {rows.map((field) => (
            <List.Item
              key={field.name}
              extra={
                <span className="confirm-summary-value">
                  {summaryValue(record, field.name, (key) => tr(key as never)) ?? t('confirm.empty')}
                </span>
              }
            >
              {tr(`fields.${field.name}` as never)}
            </List.Item>
          ))}
        </List>
      </section>
    );
  };
  return (
    <>
      {group(true, t('confirm.main'))}
      {group(false, t('confirm.other'))}
    </>
  );
}
