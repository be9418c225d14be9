import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { groupRecordFields, type FieldRow } from '@/lib/records/record-values';
import { RecordValues_EnrolmentRecordFragment } from '@/lib/records/record-values-fragment';

export const RecordSheet_EnrolmentRecordFragment = graphql(`
  fragment RecordSheet_EnrolmentRecordFragment on EnrolmentRecord {
    id
    ...RecordValues_EnrolmentRecordFragment
    admissionPhoto {
      sha256
    }
  }
`);

interface RecordSheetProps {
  record: FragmentType<typeof RecordSheet_EnrolmentRecordFragment>;
}

/** Every field of a record: the main fields (on the diploma) first, then the others. */
export function RecordSheet(props: RecordSheetProps) {
  const { t } = useTranslation('student');
  const { t: tr } = useTranslation('record');
  const record = useFragment(RecordValues_EnrolmentRecordFragment, useFragment(RecordSheet_EnrolmentRecordFragment, props.record));
  const { main, other } = groupRecordFields(record, (key) => tr(key as never));

  const section = (id: string, title: string, hint: string, rows: FieldRow[]) => (
    <section aria-labelledby={id}>
      <List
        mode="card"
        header={
          <div className="record-sheet-header">
            <h2 id={id}>{title}</h2>
            <small>{hint}</small>
          </div>
        }
      >
        {rows.map(({ field, value }) => (
          <List.Item key={field} extra={<span className="record-sheet-value">{value ?? t('record.empty')}</span>}>
            {tr(`fields.${field}`)}
          </List.Item>
        ))}
      </List>
    </section>
  );

  return (
    <>
      {section(`record-main-${record.id}`, t('record.main'), t('record.mainHint'), main)}
      {section(`record-other-${record.id}`, t('record.other'), t('record.otherHint'), other)}
    </>
  );
}
