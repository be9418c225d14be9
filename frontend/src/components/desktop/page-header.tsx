import { Typography } from 'antd';

interface PageHeaderProps {
  title: string;
  description: string;
}

/** Title and one-line explanation at the top of a staff screen. */
export function PageHeader({ title, description }: PageHeaderProps) {
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {description}
      </Typography.Paragraph>
    </div>
  );
}
