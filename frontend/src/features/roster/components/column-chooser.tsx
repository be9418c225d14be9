import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROSTER_COLUMN_KEYS, type RosterColumnKey } from './roster-columns';

interface ColumnChooserProps {
  visible: readonly RosterColumnKey[];
  onChange: (visible: RosterColumnKey[]) => void;
}

/** Lets the user pick which roster columns show; at least one stays. */
export function ColumnChooser({ visible, onChange }: ColumnChooserProps) {
  const { t } = useTranslation('roster');
  const { t: tr } = useTranslation('record');
  const content = (
    <Flex vertical gap={8}>
      <Checkbox.Group
        aria-label={t('columns.title')}
        value={[...visible]}
        onChange={(keys) => onChange(keys as RosterColumnKey[])}
      >
        <Flex vertical gap={4}>
          {ROSTER_COLUMN_KEYS.map((key) => (
            <Checkbox key={key} value={key} disabled={visible.length === 1 && visible[0] === key}>
              {tr(`fields.${key}`)}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Button size="small" onClick={() => onChange([...ROSTER_COLUMN_KEYS])}>
        {t('columns.reset')}
      </Button>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('columns.title')} content={content}>
      <Button icon={<SettingOutlined />}>{t('columns.button')}</Button>
    </Popover>
  );
}
