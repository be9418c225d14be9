import { Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type recordTerms from '@/lib/i18n/locales/zh-CN/record.json';
import { RecordValues_EnrolmentRecordFragment } from '@/lib/records/record-values-fragment';
import { RevealIdNumber } from './reveal-id-number';

export const RecordDetails_EnrolmentRecordFragment = graphql(`
  fragment RecordDetails_EnrolmentRecordFragment on EnrolmentRecord {
    id
    ...RecordValues_EnrolmentRecordFragment
    schoolClass {
      id
      code
      name
    }
    version
    updatedAt
  }
`);

type Field = keyof (typeof recordTerms)['fields'];

interface RecordDetailsProps {
  record: FragmentType<typeof RecordDetails_EnrolmentRecordFragment>;
}

/** Every field of a record, main fields (主要字段, on the diploma) marked apart from the others. */
export function RecordDetails(props: RecordDetailsProps) {
  const { t } = useTranslation('roster');
  const { t: tr } = useTranslation('record');
  const details = useFragment(RecordDetails_EnrolmentRecordFragment, props.record);
  const record = useFragment(RecordValues_EnrolmentRecordFragment, details);
  const empty = <Typography.Text type="secondary">—</Typography.Text>;

  const main: [Field, ReactNode][] = [
    ['examineeNumber', record.examineeNumber],
    ['studentNumber', record.studentNumber],
    ['name', record.name],
    ['gender', tr(`gender.${record.gender}`)],
    ['birthDate', record.birthDate],
    ['idType', tr(`idType.${record.idType}`)],
    ['idNumber', <RevealIdNumber key="id" recordId={record.id} maskedIdNumber={record.idNumber} />],
    ['ethnicity', record.ethnicity.name],
    ['originProvince', record.originProvince.name],
    ['institution', record.institution.name],
    ['major', `${record.major.catalogueCode} ${record.major.name}`],
    ['lengthOfSchooling', record.lengthOfSchooling],
    ['level', tr(`level.${record.level}`)],
    ['admissionYear', record.admissionYear],
    ['studyMode', tr(`studyMode.${record.studyMode}`)],
    ['educationCategory', tr(`educationCategory.${record.educationCategory}`)],
    ['status', tr(`status.${record.status}`)],
  ];
  const other: [Field, ReactNode][] = [
    ['college', record.college.name],
    ['schoolClass', details.schoolClass.name],
    ['classCode', record.classCode],
    ['enrolmentDate', record.enrolmentDate ?? empty],
    ['expectedGraduationDate', record.expectedGraduationDate ?? empty],
  ];
  const items = (fields: [Field, ReactNode][]) =>
    fields.map(([field, value]) => ({ key: field, label: tr(`fields.${field}`), children: value }));

  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={1}
        title={<Tag color="red">{t('details.main')}</Tag>}
        extra={<Typography.Text type="secondary">{t('details.mainHint')}</Typography.Text>}
        items={items(main)}
      />
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginTop: 16 }}
        title={<Tag>{t('details.nonMain')}</Tag>}
        extra={<Typography.Text type="secondary">{t('details.nonMainHint')}</Typography.Text>}
        items={items(other)}
      />
    </>
  );
}
