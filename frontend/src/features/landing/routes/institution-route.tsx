import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { InstitutionCollegesQuery } from '../api/institution-colleges-query';
import { CampaignCard } from '../components/campaign-card';
import { CollegeList } from '../components/college-list';
import { PrepareList } from '../components/prepare-list';
import '../components/landing.css';

export function InstitutionRoute() {
  const { t } = useTranslation('landing');
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InstitutionCollegesQuery,
    variables: { code },
  });

  if (error) {
    return <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (fetching || !data) return <MobileLoading />;

  const institution = data.institution;
  if (!institution) {
    return (
      <ErrorBlock status="empty" title={t('colleges.notFound', { code })} description="">
        <Button color="primary" onClick={() => navigate('/')}>
          {t('colleges.back')}
        </Button>
      </ErrorBlock>
    );
  }
  return (
    <>
      <section aria-label={t('campaigns.title')}>
        {data.openCampaigns.length === 0 ? (
          <p className="campaigns-none">{t('campaigns.none')}</p>
        ) : (
          data.openCampaigns.map((campaign, index) => <CampaignCard key={index} campaign={campaign} />)
        )}
      </section>
      <PrepareList />
      <CollegeList title={`${institution.code} ${institution.name}`} colleges={institution.colleges} />
    </>
  );
}
