import { Card, Tag } from 'antd-mobile';
import { RightOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const RecordCard_EnrolmentRecordFragment = graphql(`
  fragment RecordCard_EnrolmentRecordFragment on EnrolmentRecord {
    id
    institution {
      id
      name
    }
    level
    major {
      id
      name
    }
    admissionYear
    studentNumber
    status
  }
`);

interface RecordCardProps {
  record: FragmentType<typeof RecordCard_EnrolmentRecordFragment>;
  /** Where the card leads (the record's page). */
  to: string;
}

/** One record in the list: institution, level and major, and where it leads. */
export function RecordCard(props: RecordCardProps) {
  const { t } = useTranslation('student');
  const { t: tr } = useTranslation('record');
  const record = useFragment(RecordCard_EnrolmentRecordFragment, props.record);
  const title = `${record.institution.name} · ${tr(`level.${record.level}`)} · ${record.major.name}`;
  return (
    <Link to={props.to} className="record-card" aria-label={`${title} · ${t('records.open')}`}>
      <Card title={<span className="record-card-title">{title}</span>} extra={<RightOutline />}>
        <div className="record-card-meta">
          <span>
            {tr('fields.admissionYear')} {record.admissionYear}
          </span>
          <span>
            {tr('fields.studentNumber')} {record.studentNumber}
          </span>
          <Tag color={record.status === 'REGISTERED' ? 'success' : 'default'} fill="outline">
            {tr(`status.${record.status}`)}
          </Tag>
        </div>
      </Card>
    </Link>
  );
}
