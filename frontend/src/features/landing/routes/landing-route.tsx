import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { InstitutionsQuery } from '../api/institutions-query';
import { InstitutionList } from '../components/institution-list';
import { IntroCard } from '../components/intro-card';
import { PrepareList } from '../components/prepare-list';
import '../components/landing.css';

export function LandingRoute() {
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InstitutionsQuery });

  return (
    <>
      <IntroCard />
      <PrepareList />
      {error ? (
        <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching || !data ? (
        <MobileLoading />
      ) : (
        <InstitutionList
          institutions={data.institutions.edges.map((edge) => edge.node)}
          onSelect={(code) => navigate(`/institutions/${encodeURIComponent(code)}`)}
        />
      )}
    </>
  );
}
