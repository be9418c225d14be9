import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportBatchState } from '@/gql/graphql';

const COLORS: Record<ImportBatchState, string> = {
  ANALYSED: 'blue',
  COMMITTING: 'processing',
  COMMITTED: 'green',
  ROLLED_BACK: 'default',
  FAILED: 'red',
};

export function BatchStateTag({ state }: { state: ImportBatchState }) {
  const { t } = useTranslation('import');
  return <Tag color={COLORS[state]}>{t(`states.${state}`)}</Tag>;
}
