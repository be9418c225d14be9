import { Input, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '@/components/markdown-view';

interface NoticeEditorProps {
  value?: string;
  onChange?: (notice: string) => void;
  id?: string;
}

/** The notice in Markdown, with a preview of what students will see. */
export function NoticeEditor({ value = '', onChange, id }: NoticeEditorProps) {
  const { t } = useTranslation('campaigns');
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'write',
          label: t('notice.write'),
          children: (
            <Input.TextArea
              id={id}
              rows={8}
              maxLength={20000}
              showCount
              value={value}
              placeholder={t('notice.placeholder')}
              onChange={(event) => onChange?.(event.target.value)}
            />
          ),
        },
        {
          key: 'preview',
          label: t('notice.preview'),
          children:
            value.trim() === '' ? (
              <Typography.Text type="secondary">{t('notice.empty')}</Typography.Text>
            ) : (
              <div className="campaign-notice" data-testid="notice-preview">
                <MarkdownView source={value} />
              </div>
            ),
        },
      ]}
    />
  );
}
