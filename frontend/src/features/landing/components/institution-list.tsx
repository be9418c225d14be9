import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const InstitutionList_InstitutionFragment = graphql(`
  fragment InstitutionList_InstitutionFragment on Institution {
    id
    code
    name
  }
`);

interface InstitutionListProps {
  institutions: ReadonlyArray<FragmentType<typeof InstitutionList_InstitutionFragment>>;
  onSelect: (code: string) => void;
}

export function InstitutionList(props: InstitutionListProps) {
  const { t } = useTranslation('landing');
  const institutions = useFragment(InstitutionList_InstitutionFragment, props.institutions);
  return (
    <List mode="card" header={t('institutions.title')}>
      {institutions.length === 0 && <List.Item>{t('institutions.empty')}</List.Item>}
      {institutions.map((institution) => (
        <List.Item
          key={institution.id}
          clickable
          description={t('institutions.hint')}
          onClick={() => props.onSelect(institution.code)}
        >
          {institution.code} {institution.name}
        </List.Item>
      ))}
    </List>
  );
}
