import { App, Button, Descriptions, Drawer, Flex, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { DecideIdentityDisputeMutation } from '../api/decide-identity-dispute-mutation';
import { decisionResult, reasonProblem, REASON_MAX, type DecisionPayload } from './decision';
import { DisputePhoto } from './dispute-photo';
import { REVIEW_STATE_COLORS } from './dispute-queue-table';

export const DisputeDrawer_ReviewFragment = graphql(`
  fragment DisputeDrawer_ReviewFragment on IdentityDisputeReview {
    id
    reviewState
    disputeState
    version
    idType
    maskedIdNumber
    photoUrl
    submittedAt
    createdAt
    decidedAt
    reason
    claimant {
      maskedName
      maskedPhone
      state
      registeredAt
    }
    holder {
      maskedName
      maskedPhone
      state
      registeredAt
    }
  }
`);

interface DisputeDrawerProps {
  review: FragmentType<typeof DisputeDrawer_ReviewFragment>;
  onClose: () => void;
  onDecided: () => void;
}

/** One dispute: masked parties, the photo, and — while pending — approve or reject with a reason. */
export function DisputeDrawer(props: DisputeDrawerProps) {
  const { t, i18n } = useTranslation('identityDisputes');
  const { message } = App.useApp();
  const review = useFragment(DisputeDrawer_ReviewFragment, props.review);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [{ fetching }, decide] = useMutation(DecideIdentityDisputeMutation);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const when = (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—');

  async function submit(approve: boolean) {
    const problem = reasonProblem(reason);
    if (problem) {
      setReasonError(t(`decision.${problem}`, { max: REASON_MAX }));
      return;
    }
    setReasonError(null);
    const result = await decide({ input: { disputeId: review.id, approve, reason: reason.trim(), version: review.version } });
    const payload = result.data?.decideIdentityDispute as DecisionPayload | undefined;
    if (!payload) {
      void message.error(t('decision.failed'));
      return;
    }
    const outcome = decisionResult(payload);
    if (outcome.kind === 'invalid') setReasonError(outcome.fieldErrors.reason ?? null);
    else if (outcome.kind === 'refused') void message.error(outcome.message);
    else {
      void (outcome.kind === 'decided' ? message.success(t(outcome.messageKey)) : message.warning(t(outcome.messageKey)));
      props.onDecided();
    }
  }

  const party = (who: typeof review.claimant) => (
    <>
      {who.maskedName} · {who.maskedPhone ?? '—'} · {t(`accountState.${who.state}`)} · {t('fields.registeredAt')} {when(who.registeredAt)}
    </>
  );

  return (
    <Drawer open width={640} title={t('detail.title')} onClose={props.onClose} destroyOnHidden>
      <Flex vertical gap={16}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('fields.reviewState')}>
            <Tag color={REVIEW_STATE_COLORS[review.reviewState]}>{t(`reviewState.${review.reviewState}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.idNumber')}>
            <code>{review.maskedIdNumber}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.claimant')}>{party(review.claimant)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.holder')}>{party(review.holder)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.createdAt')}>{when(review.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.submittedAt')}>{when(review.submittedAt)}</Descriptions.Item>
          {review.decidedAt && <Descriptions.Item label={t('fields.decidedAt')}>{when(review.decidedAt)}</Descriptions.Item>}
          {review.reason && <Descriptions.Item label={t('fields.reason')}>{review.reason}</Descriptions.Item>}
        </Descriptions>
        <div>
          <div style={{ marginBottom: 8 }}>{t('photo.title')}</div>
          <DisputePhoto url={review.photoUrl} />
        </div>
        {review.reviewState === 'PENDING' && review.disputeState === 'OPEN' && (
          <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
            <Form.Item
              label={t('fields.reason')}
              extra={t('decision.reasonHint')}
              validateStatus={reasonError ? 'error' : undefined}
              help={reasonError ?? undefined}
            >
              <Input.TextArea
                aria-label={t('fields.reason')}
                value={reason}
                maxLength={REASON_MAX}
                rows={3}
                onChange={(event) => setReason(event.target.value)}
              />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" loading={fetching} onClick={() => void submit(true)}>
                {t('decision.approve')}
              </Button>
              <Button danger loading={fetching} onClick={() => void submit(false)}>
                {t('decision.reject')}
              </Button>
            </Flex>
          </Form>
        )}
      </Flex>
    </Drawer>
  );
}
