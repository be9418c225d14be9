import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface LoadMoreFooterProps {
  count: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Keyset paging control: appends the page after the last loaded cursor; gone when none is left. */
export function LoadMoreFooter({ count, hasNextPage, loading, onLoadMore }: LoadMoreFooterProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="space-between" gap={12} wrap>
      <Typography.Text type="secondary">
        {hasNextPage ? t('paging.loaded', { count }) : t('paging.allLoaded', { count })}
      </Typography.Text>
      {hasNextPage && (
        <Button onClick={onLoadMore} loading={loading}>
          {t('paging.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
