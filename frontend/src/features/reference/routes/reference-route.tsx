import { Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassesSection } from '../components/classes-section';
import { CollegesSection } from '../components/colleges-section';
import { MajorsSection } from '../components/majors-section';

// echarts is large: its own chunk, fetched after the tables are on screen.
const MajorsPerCollegeChart = lazy(async () => ({
  default: (await import('../components/majors-per-college-chart')).MajorsPerCollegeChart,
}));

export function ReferenceRoute() {
  const { t } = useTranslation('reference');
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('description')}
        </Typography.Paragraph>
      </div>
      <Suspense fallback={<Skeleton active />}>
        <MajorsPerCollegeChart />
      </Suspense>
      <Card>
        <Tabs
          items={[
            { key: 'colleges', label: t('tabs.colleges'), children: <CollegesSection /> },
            { key: 'majors', label: t('tabs.majors'), children: <MajorsSection /> },
            { key: 'classes', label: t('tabs.classes'), children: <ClassesSection /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
