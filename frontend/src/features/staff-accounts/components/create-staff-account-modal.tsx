import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CollegeSelect } from '@/components/desktop/college-select';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { CreateStaffAccountMutation } from '../api/create-staff-account-mutation';
import { ClassSelect } from './class-select';
import {
  formFieldOf,
  generatePassword,
  PASSWORD_PATTERN,
  scopeNeed,
  STAFF_ROLES,
  toCreateStaffAccountInput,
  USERNAME_PATTERN,
  type StaffAccountFormValues,
} from './staff-account-form-values';

interface CreateStaffAccountModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

/** A new staff account of the registrar's institution, with its role and the scope the role needs. */
export function CreateStaffAccountModal({ open, onClose, onCreated }: CreateStaffAccountModalProps) {
  const { t } = useTranslation('staffAccounts');
  const [form] = Form.useForm<StaffAccountFormValues>();
  const role = Form.useWatch('role', form);
  const collegeId = Form.useWatch('collegeId', form);
  const need = scopeNeed(role);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateStaffAccountMutation);

  const submit = async (values: StaffAccountFormValues) => {
    setRefusal(null);
    const result = await create({ input: toCreateStaffAccountInput(values) });
    const payload = result.data?.createStaffAccount;
    if (payload?.__typename === 'CreateStaffAccountSuccess') {
      onCreated();
    } else if (payload?.__typename === 'ValidationFailed') {
      const unplaced: string[] = [];
      for (const fieldError of payload.fieldErrors) {
        const name = formFieldOf(fieldError.field);
        if (name) form.setFields([{ name, errors: [fieldError.message] }]);
        else unplaced.push(fieldError.message);
      }
      if (unplaced.length > 0 || payload.fieldErrors.length === 0) setRefusal([payload.message, ...unplaced].join(' '));
    }
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.confirm')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      destroyOnHidden
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {error && <QueryErrorAlert error={error} />}
      <Form<StaffAccountFormValues> form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ role: 'COLLEGE_ADMIN' }}>
        <Form.Item
          name="username"
          label={t('fields.username')}
          extra={t('form.usernameHint')}
          rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('form.usernameInvalid') }]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label={t('fields.displayName')} rules={[{ required: true, whitespace: true, max: 50, message: t('form.displayNameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('fields.role')} rules={[{ required: true, message: t('form.roleRequired') }]}>
          <Select aria-label={t('fields.role')} options={STAFF_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} />
        </Form.Item>
        {need === 'college' && (
          <Form.Item name="collegeId" label={t('form.college')} rules={[{ required: true, message: t('form.collegeRequired') }]}>
            <CollegeSelect label={t('form.college')} value={collegeId} onChange={(id) => form.setFieldValue('collegeId', id)} />
          </Form.Item>
        )}
        {need === 'classes' && (
          <>
            <Form.Item name="collegeId" label={t('form.classCollege')} extra={t('form.classCollegeHint')}>
              <CollegeSelect label={t('form.classCollege')} value={collegeId} onChange={(id) => form.setFieldValue('collegeId', id)} />
            </Form.Item>
            <Form.Item name="classIds" label={t('form.classes')} rules={[{ required: true, type: 'array', min: 1, message: t('form.classesRequired') }]}>
              <ClassSelect collegeId={collegeId} />
            </Form.Item>
          </>
        )}
        <Form.Item label={t('fields.password')} extra={t('form.passwordHint')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="password" noStyle rules={[{ required: true, pattern: PASSWORD_PATTERN, message: t('form.passwordInvalid') }]}>
              <Input autoComplete="new-password" aria-label={t('fields.password')} maxLength={30} />
            </Form.Item>
            <Button onClick={() => form.setFieldsValue({ password: generatePassword() })}>{t('form.generate')}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
