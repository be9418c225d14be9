import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Counts {
  total: number;
  new: number;
  changed: number;
  unchanged: number;
  invalid: number;
}

const KEYS = ['total', 'new', 'changed', 'unchanged', 'invalid'] as const;

export function ImportCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation('import');
  return (
    <Row gutter={16}>
      {KEYS.map((key) => (
        <Col key={key} span={4}>
          <Statistic
            title={t(`counts.${key}`)}
            value={counts[key]}
            styles={key === 'invalid' && counts.invalid > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}
