import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const CollegeList_CollegeFragment = graphql(`
  fragment CollegeList_CollegeFragment on College {
    id
    code
    name
  }
`);

interface CollegeListProps {
  title: string;
  colleges: ReadonlyArray<FragmentType<typeof CollegeList_CollegeFragment>>;
}

export function CollegeList(props: CollegeListProps) {
  const { t } = useTranslation('landing');
  const colleges = useFragment(CollegeList_CollegeFragment, props.colleges);
  return (
    <List
      mode="card"
      header={
        <>
          {props.title} · {t('colleges.count', { count: colleges.length })}
        </>
      }
    >
      {colleges.length === 0 && <List.Item>{t('colleges.empty')}</List.Item>}
      {colleges.map((college) => (
        <List.Item key={college.id} prefix={<span className="college-code">{college.code}</span>}>
          {college.name}
        </List.Item>
      ))}
    </List>
  );
}
