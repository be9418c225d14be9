import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignState } from '@/gql/graphql';

const COLORS: Record<CampaignState, string> = { NOT_YET_OPEN: 'blue', OPEN: 'green', CLOSED: 'default' };

export function CampaignStateTag({ state }: { state: CampaignState }) {
  const { t } = useTranslation('campaigns');
  return <Tag color={COLORS[state]}>{t(`state.${state}`)}</Tag>;
}
