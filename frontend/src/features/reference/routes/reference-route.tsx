import { Card, Flex, Skeleton, Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
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
      <PageHeader title={t('title')} description={t('description')} />
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
