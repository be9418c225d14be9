import { Card, ErrorBlock, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { HelpLink } from '@/components/mobile/help-link';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const RecordNotFound_RecordLinkFragment = graphql(`
  fragment RecordNotFound_RecordLinkFragment on RecordLink {
    linked
    causes {
      code
      message
      nextStep
    }
  }
`);

interface RecordNotFoundProps {
  /** Null when the server could not say why: a general hint is shown instead. */
  link: FragmentType<typeof RecordNotFound_RecordLinkFragment> | null;
}

/** 未找到学籍: each likely cause the server found, with what to do about it. */
export function RecordNotFound(props: RecordNotFoundProps) {
  const { t } = useTranslation('student');
  const link = useFragment(RecordNotFound_RecordLinkFragment, props.link);
  const causes = link?.causes ?? [];
  return (
    <>
      <Card>
        <ErrorBlock
          status="empty"
          title={<h1 className="my-records-title">{t('notFound.title')}</h1>}
          description={t('notFound.description')}
        />
      </Card>
      <List mode="card">
        {causes.length === 0 ? (
          <List.Item>{t('notFound.fallback')}</List.Item>
        ) : (
          causes.map((cause) => (
            <List.Item
              key={cause.code}
              description={`${t('notFound.nextStep')}${cause.nextStep}`}
              data-cause={cause.code}
            >
              {cause.message}
            </List.Item>
          ))
        )}
        <List.Item>
          <HelpLink topic="recordNotFound" />
        </List.Item>
      </List>
    </>
  );
}
