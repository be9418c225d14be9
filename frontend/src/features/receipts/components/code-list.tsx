import { Button, Dialog, List, Selector, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import { formatDateTime } from '@/lib/format-date-time';
import { ExtendCodeMutation, RevokeCodeMutation } from '../api/code-mutations';
import { VALID_MONTHS } from './code-text';

export const CodeList_VerificationCodeFragment = graphql(`
  fragment CodeList_VerificationCodeFragment on VerificationCode {
    id
    kind
    maskedCode
    state
    recordChanged
    issuedAt
    expiresAt
    revokedAt
  }
`);

const STATE_COLOURS = { VALID: 'success', EXPIRED: 'warning', REVOKED: 'default', NOT_FOUND: 'default', RATE_LIMITED: 'default' } as const;

interface CodeListProps {
  codes: FragmentType<typeof CodeList_VerificationCodeFragment>[];
  onChanged: () => void;
}

/** The record's codes (masked), each with its state, extend and revoke. */
export function CodeList(props: CodeListProps) {
  const { t, i18n } = useTranslation('receipts');
  const codes = useFragment(CodeList_VerificationCodeFragment, props.codes);
  const [, extend] = useMutation(ExtendCodeMutation);
  const [, revoke] = useMutation(RevokeCodeMutation);
  const [refusal, setRefusal] = useState<PayloadError | null>(null);
  const at = (iso: string) => formatDateTime(iso, i18n.language);

  const askExtend = (id: string) => {
    let months = 3;
    void Dialog.confirm({
      title: t('list.extendTitle'),
      content: (
        <>
          <p>{t('list.extendText')}</p>
          <Selector
            columns={3}
            defaultValue={[months]}
            options={VALID_MONTHS.map((value) => ({ label: t('issue.monthsValue', { count: value }), value }))}
            onChange={(values) => {
              if (values[0]) months = values[0];
            }}
          />
        </>
      ),
      confirmText: t('list.extend'),
      cancelText: t('list.cancel'),
      onConfirm: async () => {
        const result = await extend({ input: { id, validMonths: months } });
        const payload = result.data?.extendVerificationCode;
        if (payload?.__typename === 'VerificationCodeSaved') {
          setRefusal(null);
          Toast.show({ content: t('list.saved') });
          props.onChanged();
        } else if (payload && 'code' in payload) {
          setRefusal({ code: payload.code, message: payload.message });
        }
      },
    });
  };

  const askRevoke = (id: string) => {
    void Dialog.confirm({
      title: t('list.revokeTitle'),
      content: t('list.revokeText'),
      confirmText: t('list.revokeConfirm'),
      cancelText: t('list.cancel'),
      onConfirm: async () => {
        const result = await revoke({ input: { id } });
        if (result.data?.revokeVerificationCode.__typename === 'VerificationCodeSaved') {
          Toast.show({ content: t('list.saved') });
          props.onChanged();
        }
      },
    });
  };

  return (
    <section aria-labelledby="code-list-title">
      {refusal && (
        <div className="receipt-block">
          <PayloadErrorNotice error={refusal} />
        </div>
      )}
      <List mode="card" header={<h2 id="code-list-title" className="receipt-title">{t('list.title')}</h2>}>
        {codes.length === 0 && <List.Item>{t('list.none')}</List.Item>}
        {codes.map((code) => (
          <List.Item
            key={code.id}
            data-code-state={code.state}
            description={
              <>
                <div>{t('list.issuedAt', { at: at(code.issuedAt) })}</div>
                <div>
                  {code.revokedAt
                    ? t('list.revokedAt', { at: at(code.revokedAt) })
                    : t('list.expiresAt', { at: at(code.expiresAt) })}
                </div>
                {code.recordChanged && <div>{t('list.changed')}</div>}
                {code.state !== 'REVOKED' && (
                  <div className="receipt-row-actions">
                    <Button size="mini" color="primary" fill="outline" onClick={() => askExtend(code.id)}>
                      {t('list.extend')}
                    </Button>
                    <Button size="mini" color="danger" fill="outline" onClick={() => askRevoke(code.id)}>
                      {t('list.revoke')}
                    </Button>
                  </div>
                )}
              </>
            }
            extra={<Tag color={STATE_COLOURS[code.state]}>{t(`state.${code.state}`)}</Tag>}
          >
            {t(`kind.${code.kind}`)} <span className="receipt-masked">{code.maskedCode}</span>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
